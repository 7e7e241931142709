declare module 'virtual:pathways' {
  const pathways: import('./types').Pathway[];
  export default pathways;
}
