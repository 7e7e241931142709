import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What the service worker stores on install is what works offline. These checks
// read the generated worker in dist/ (built before the run).

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** Strips a leading "/" or "./", any query or hash, and URL-decodes, giving a path inside dist/. */
const toDistPath = (url: string) => decodeURIComponent(url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '');

/**
 * Every `{url:"…",revision:…}` entry of the precache manifest in `code`. Works on
 * minified or pretty output, quoted or bare keys, and either key order.
 */
function precacheUrls(code: string): string[] {
  const urls: string[] = [];
  for (const [object] of code.matchAll(/\{[^{}]*\}/g)) {
    const url = /(?:^|[{,\s])["']?url["']?\s*:\s*(["'`])((?:\\.|(?!\1).)*)\1/.exec(object);
    if (url && /(?:^|[{,\s])["']?revision["']?\s*:/.test(object)) urls.push(url[2] as string);
  }
  return urls;
}

/** sw.js, plus the workbox chunk(s) beside it, in case the manifest was emitted there. */
function workerSources(): string {
  const names = ['sw.js', ...readdirSync(dist).filter((f) => /^workbox-[\w-]+\.js$/.test(f))];
  return names.map((n) => readFileSync(join(dist, n), 'utf8')).join('\n');
}

describe('service worker precache manifest', () => {
  const urls = existsSync(join(dist, 'sw.js')) ? precacheUrls(workerSources()) : [];
  const paths = urls.map(toDistPath);

  it('exists and lists entries', () => {
    expect(existsSync(join(dist, 'sw.js')), 'dist/sw.js (run npm run build first)').toBe(true);
    expect(urls.length).toBeGreaterThan(0);
  });

  it('only lists files that exist in dist/', () => {
    expect(paths.filter((p) => !existsSync(join(dist, p)))).toEqual([]);
  });

  it('precaches index.html exactly once (the offline fallback for every route)', () => {
    expect(paths.filter((p) => p === 'index.html')).toHaveLength(1);
  });

  it('precaches no URL twice', () => {
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('precaches every JS and CSS file of the app, so lazy routes open offline', () => {
    const isWorker = (f: string) => f === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f);
    const code = (readdirSync(dist, { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => /\.(js|css)$/.test(f) && !isWorker(f));
    expect(code.filter((f) => !paths.includes(f))).toEqual([]);
  });

  it('precaches the web app manifest and every icon it names', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const href = /<link\b[^>]*\brel=["']?manifest["']?[^>]*>/i.exec(html)?.[0].match(/\bhref=["']?([^"'\s>]+)/)?.[1];
    expect(href, 'index.html links a web app manifest').toBeTruthy();
    const manifestPath = toDistPath(href as string);
    expect(paths).toContain(manifestPath);

    const manifest = JSON.parse(readFileSync(join(dist, manifestPath), 'utf8')) as { icons?: { src: string }[] };
    const icons = (manifest.icons ?? []).map((i) => toDistPath(i.src));
    expect(icons.length, 'manifest has icons').toBeGreaterThan(0);
    expect(
      icons.filter((p) => !existsSync(join(dist, p))),
      'icons missing from dist/',
    ).toEqual([]);
    expect(
      icons.filter((p) => !paths.includes(p)),
      'icons not precached',
    ).toEqual([]);
  });

  it('precaches the catalogue and the search index made for it, so search works offline from the first visit', () => {
    expect(paths).toContain('data/catalogue.json');
    expect(paths).toContain('data/search-postings.json');
    const catalogue = JSON.parse(readFileSync(join(dist, 'data/catalogue.json'), 'utf8')) as { services: { id: string }[] };
    const index = JSON.parse(readFileSync(join(dist, 'data/search-postings.json'), 'utf8')) as {
      services: number;
      first: string;
      last: string;
    };
    expect([index.services, index.first, index.last]).toEqual([
      catalogue.services.length,
      catalogue.services[0]?.id,
      catalogue.services.at(-1)?.id,
    ]);
  });
});
