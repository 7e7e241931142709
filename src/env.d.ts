/// <reference types="vite/client" />


declare module 'virtual:catalogue-meta' {
  const meta: { checkedOn: string; serviceCount: number };
  export default meta;
}
