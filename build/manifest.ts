/** The web app manifest: name, icons and colours that let the app install, for the area built. */
import type { ManifestOptions } from 'vite-plugin-pwa';
import type { AreaConfig } from '../src/features/catalogue/validate';

export const appManifest = (area: Pick<AreaConfig, 'name' | 'theme_color'>): Partial<ManifestOptions> => ({
  name: `Best Start Finder: family services in ${area.name}`,
  short_name: 'Best Start',
  description: 'Find early-childhood services and the right person to contact, from pregnancy to starting school. Works offline.',
  lang: 'en-GB',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: area.theme_color,
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
});
