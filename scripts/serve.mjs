#!/usr/bin/env node
// Serves the production build in dist/ (run `npm run build` first; `npm start`
// does both) with the SPA fallback, so every route URL works on reload.
// PORT overrides 4173; the host is loopback only. Vite closes the server on SIGTERM.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('dist/index.html is missing: run npm run build first');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4173);
await preview({ root, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
console.log(`Best Start Finder is being served at http://127.0.0.1:${port}/`);

