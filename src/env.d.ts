/// <reference types="vite/client" />

declare module 'virtual:catalogue-meta' {
  /** builtOn: when the catalogue was built (not a check); sourcesFrom/To: the years its fact pages are dated. */
  const meta: { builtOn: string; sourcesFrom?: string; sourcesTo?: string; serviceCount: number };
  export default meta;
}
