import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import CHROMIUM from '../../scripts/dev/chromium.json';
import { launchBrowser } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server serving dist/, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}

// Serves the production build (dist/) the way a static host would, with the SPA
// fallback to index.html, on a free loopback port so parallel runs don't collide.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  // BSF_DIST_DIR lets parallel work test its own build (vite build --outDir …) without clobbering dist/.
  const outDir = process.env.BSF_DIST_DIR ? resolve(process.env.BSF_DIST_DIR) : resolve(root, 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing: run npm run build first (npm test does it for you)`);
  }

  // Which browser ran, for the log: the tests must hold on whatever Chromium Debian ships that day.
  const browser = await launchBrowser();
  console.log(`e2e: Chromium ${browser.version()} at ${CHROMIUM.executablePath}`);
  await browser.close();

  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview did not report a TCP address');
  }
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);

  return async () => {
    await server.close();
  };
}
