/**
 * The Content-Security-Policy and cache headers, built from the area file in one place.
 * Used at build time: written to dist/_headers (for static hosts that read it) and as a
 * <meta> fallback in index.html, and by the preview server so tests run under the real policy.
 */

import { ROUTE_PRELOADER_HASH } from './first-render/preloader-script';

export interface HeaderOptions {
  /** The map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tileUrl: string;
}

function tileOrigin(tileUrl: string): string {
  return new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin;
}

/**
 * The policy as a list of directives. `forMeta` is the page's own <meta> policy: without the
 * directives a <meta> tag cannot carry, and with Trusted Types, which belong to the page only.
 * (A header policy on sw.js also governs the service worker, whose Workbox loader calls
 * importScripts with a plain string: Trusted Types there would stop it installing.)
 */
export function cspDirectives({ tileUrl }: HeaderOptions, forMeta = false): string[] {
  const tiles = tileOrigin(tileUrl);
  const directives = [
    "default-src 'none'",
    // Our own files, and the one inline script that starts a page's downloads (first-render/preloader-script.ts).
    `script-src 'self' ${ROUTE_PRELOADER_HASH}`,
    // Our own stylesheets only. Leaflet and Preact set positions and sizes through element.style
    // (the CSSOM), which style-src does not govern, so no 'unsafe-inline' (tests/e2e/csp.e2e.test.ts).
    "style-src 'self'",
    `img-src 'self' ${tiles}`,
    "font-src 'self'",
    // The service worker fetches (and caches) viewed tiles, so the tile host is a connect source too.
    `connect-src 'self' ${tiles}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  // In the page, HTML and script sinks (markup assignment, script src, eval) take only Trusted
  // Types: the app never writes markup, and the few fixed strings Leaflet writes pass
  // src/lib/trusted-types.ts.
  if (forMeta) directives.push("require-trusted-types-for 'script'");
  else directives.push("frame-ancestors 'none'", 'upgrade-insecure-requests');
  return directives;
}

export const contentSecurityPolicy = (options: HeaderOptions, forMeta = false): string => cspDirectives(options, forMeta).join('; ');

/**
 * Headers every response gets: the one source for dist/_headers, the preview server
 * (npm start, npm run preview, the browser tests) and the nginx/Apache examples in the docs.
 */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=()',
  };
}

/** A Netlify/Cloudflare Pages style _headers file: the policy, plus caching the service worker needs. */
export function headersFile(options: HeaderOptions): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    block('/*', securityHeaders(options)),
    // Never cache the worker, the page or the manifest for long, or updates would never arrive.
    block('/sw.js', { 'Cache-Control': 'no-cache' }),
    block('/index.html', { 'Cache-Control': 'no-cache' }),
    block('/manifest.webmanifest', { 'Cache-Control': 'no-cache' }),
    // The catalogue keeps one address across versions: the service worker's revision keeps it fresh.
    block('/data/*', { 'Cache-Control': 'no-cache' }),
    block('/assets/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    '',
  ].join('\n\n');
}

/**
 * A Netlify/Cloudflare Pages style _redirects file: every address the app does not have as a
 * file gets index.html (status 200, not a redirect), so a shared deep link opens on a phone
 * that has never seen the app. Real files are served first, so this never hides an asset.
 */
export const REDIRECTS_FILE = '/*  /index.html  200\n';
