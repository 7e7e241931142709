#!/usr/bin/env node
// Serves the production build in dist/ (run `npm run build` first; `npm start`
// does both) with the SPA fallback, so every route URL works on reload, and with the
// security headers of dist/_headers on every response (vite.config.ts sets preview.headers
// from build/security-headers.ts, the one source of both).
// PORT overrides 4173 (PORT=0 picks a free port; the address is printed); the host is
// loopback only. BSF_DIST_DIR serves another build folder. Vite closes the server on SIGTERM.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = process.env.BSF_DIST_DIR ? resolve(process.env.BSF_DIST_DIR) : join(root, 'dist');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`${join(outDir, 'index.html')} is missing: run npm run build first`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  root,
  build: { outDir },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
const address = server.httpServer.address();
const actualPort = address && typeof address === 'object' ? address.port : port;
console.log(`Best Start Finder is being served at http://127.0.0.1:${actualPort}/`);
