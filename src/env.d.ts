/// <reference types="vite/client" />

declare module 'virtual:catalogue' {
  const catalogue: import('./features/catalogue/model').Catalogue;
  export default catalogue;
}

declare module 'virtual:catalogue-meta' {
  const meta: { checkedOn: string; serviceCount: number };
  export default meta;
}
