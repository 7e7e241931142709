import { preview } from 'vite';
const [dir, port] = process.argv.slice(2);
await preview({ root: process.cwd(), build: { outDir: dir }, logLevel: 'silent', preview: { host: '127.0.0.1', port: Number(port), strictPort: true } });
console.log('up', port);
