// Serves dist/ (or another built folder, `outDir`) on a free loopback port for a benchmark; returns { url, close }.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
import { preview } from 'vite';
import CHROMIUM from '../dev/chromium.json' with { type: 'json' };

export async function serveDist(root, outDir) {
  const server = await preview({
    root,
    logLevel: 'silent',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address();
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

// Lighthouse launches Chromium itself and needs --headless among the flags.
export const CHROME_FLAGS = ['--headless', ...CHROMIUM.args];

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
