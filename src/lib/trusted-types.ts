/**
 * The page's Trusted Types default policy (the CSP has require-trusted-types-for 'script').
 * The app itself never writes markup or script URLs from strings; only these fixed things do,
 * and only these pass, so a string from anywhere else (a feed, an address) can never become
 * markup or a script, even through a library:
 *  - Leaflet 1.9: its feature test "<svg/>", its zoom buttons "+" and "−", a summary's close "×", its own attribution
 *    prefix (written once as the map is made, before leaflet-map.ts removes it), and the map
 *    attribution (one link to the OpenStreetMap copyright page around escaped text, leaflet-map.ts);
 *  - the service worker, /sw.js on this origin (src/pwa/register.ts).
 * Imported first by boot.ts, so it exists before anything else runs. Browsers without Trusted
 * Types skip it.
 */

const LEAFLET_FLAG =
  '<svg aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="12" height="8" viewBox="0 0 12 8" class="leaflet-attribution-flag"><path fill="#4C7BE1" d="M0 0h12v4H0z"/><path fill="#FFD500" d="M0 4h12v3H0z"/><path fill="#E0BC00" d="M0 7h12v1H0z"/></svg>';
const LEAFLET_PREFIX = (flag: string) =>
  `<a href="https://leafletjs.com" title="A JavaScript library for interactive maps">${flag}Leaflet</a>`;
const LEAFLET_HTML = new Set([
  '',
  '<svg/>',
  '<span aria-hidden="true">+</span>',
  '<span aria-hidden="true">&#x2212;</span>',
  '<span aria-hidden="true">&#215;</span>',
  LEAFLET_PREFIX(''),
  LEAFLET_PREFIX(`${LEAFLET_FLAG} `),
]);
/** The attribution: a fixed link whose text has no markup (escapeText leaves no < or >). */
const ATTRIBUTION = /^<a href="https:\/\/www\.openstreetmap\.org\/copyright">[^<>]*<\/a>$/;

/** Whether a string may be written as HTML. */
export const isAllowedHtml = (html: string): boolean => LEAFLET_HTML.has(html) || ATTRIBUTION.test(html);

/** Whether a URL may be loaded as a script: only our own service worker. */
export function isAllowedScriptUrl(url: string, base: string): boolean {
  try {
    const parsed = new URL(url, base);
    return parsed.origin === new URL(base).origin && parsed.pathname === '/sw.js';
  } catch {
    return false;
  }
}

interface TrustedTypePolicyOptions {
  createHTML?: (input: string) => string | null;
  createScript?: (input: string) => string | null;
  createScriptURL?: (input: string) => string | null;
}
interface TrustedTypesFactory {
  createPolicy(name: string, options: TrustedTypePolicyOptions): unknown;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
if (factory && typeof location !== 'undefined') {
  try {
    // Returning null blocks the write (and reports it as a CSP violation).
    factory.createPolicy('default', {
      createHTML: (input) => (isAllowedHtml(input) ? input : null),
      createScript: () => null,
      createScriptURL: (input) => (isAllowedScriptUrl(input, location.href) ? input : null),
    });
  } catch {
    // A policy named "default" exists already (a second copy of this module): it is kept.
  }
}
