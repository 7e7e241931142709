import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { areaDataPlugin } from './build/area-data-plugin';
import { firstRenderPlugin } from './build/first-render';
import { malformedUrlPlugin } from './build/malformed-url-plugin';
import { securityHeaders } from './build/security-headers';
import { securityHeadersPlugin } from './build/security-headers-plugin';
import { readArea } from './build/catalogue-files';
import { cataloguePlugin } from './build/catalogue-plugin';
import { appManifest } from './build/manifest';

// BSF_DATA_DIR lets a council (or a test) build the app from another data folder.
const projectDataDir = fileURLToPath(new URL('./data', import.meta.url));
const dataDir = process.env.BSF_DATA_DIR ? path.resolve(process.env.BSF_DATA_DIR) : projectDataDir;
const area = readArea(path.join(dataDir, 'area.json'));

export default defineConfig({
  build: {
    target: 'es2022',
    // No data: URLs, so the Content-Security-Policy can forbid them.
    assetsInlineLimit: 0,
  },
  // The preview server (npm start, the browser tests) sends the same policy a real host would.
  preview: { headers: securityHeaders({ tileUrl: area.tile_url }) },
  plugins: [
    areaDataPlugin({ projectDataDir, dataDir, area }),
    cataloguePlugin(dataDir),
    securityHeadersPlugin({ tileUrl: area.tile_url }),
    malformedUrlPlugin(),
    firstRenderPlugin(),
    preact(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // We register with workbox-window ourselves (src/pwa/register.ts) to control the prompt.
      injectRegister: false,
      includeManifestIcons: false,
      manifest: appManifest(area),
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2,txt}'],
        // A council's imported directory (3,000 services is about 3.5 MB) must still work offline:
        // Workbox's default 2 MiB limit would silently leave the catalogue out of the precache.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The page never reloads under the user: an update waits for "Reload" (skipWaiting off).
        skipWaiting: false,
        // The first install takes control of the open page at once, so "Ready to use offline" is
        // true when it appears and a first visit works offline without a reload. An update only
        // activates after "Reload", so claiming then hands every open tab to the new version
        // together (src/pwa/register.ts reacts in each).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Map tiles the user has viewed, and only those: the OSM tile policy forbids
            // bulk or offline prefetching. The pattern is data/area.json's tile_url, {z}/{x}/{y}… as wildcards.
            urlPattern: new RegExp(`^${area.tile_url.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-z]+\}/g, '[^/]*')}$`),
            handler: 'CacheFirst',
            options: {
              cacheName: 'map-tiles',
              expiration: { maxEntries: 500, maxAgeSeconds: 7 * 24 * 60 * 60, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [0, 200] },
            },
          },
        ],
      },
    }),
  ],
});
