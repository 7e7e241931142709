/**
 * index.html starts each page's own downloads (its code, styles and the catalogue) alongside the
 * app's code, through a fixed inline script reading the build's route list. If the list pointed at
 * the wrong files, or the policy's hash no longer matched the script, pages would load one round
 * trip later (or the script would be blocked): these checks read the built dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = process.env.BSF_DIST_DIR ? resolve(process.env.BSF_DIST_DIR) : fileURLToPath(new URL('../../dist', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

interface RoutePreload {
  re: string;
  js: string[];
  css: string[];
  data: string[];
}

const dataBlock = /<script type="application\/json" id="bsf-routes">([^<]*)<\/script>/.exec(html)?.[1] ?? '[]';
const routes = JSON.parse(dataBlock) as RoutePreload[];
const inlineScripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);

/** What the inline script would preload at this address: the first route whose pattern matches. */
const preloadsFor = (pathname: string) => routes.find((r) => new RegExp(r.re).test(pathname));

describe('each page downloads its own code with the app', () => {
  it.each([
    ['/search', 'search-page'],
    ['/services/svc-healthy-start', 'service-page'],
    ['/contact/concern', 'pathways-page'],
    ['/contact', 'pathways-page'],
    ['/map', 'map-page'],
    ['/life-stages/stage-pregnancy', 'term-page'],
    ['/saved', 'saved-page'],
  ])('%s preloads its page chunk (%s) and the catalogue it first shows', (pathname, page) => {
    const found = preloadsFor(pathname);
    expect(found?.js.some((file) => file.startsWith(`/assets/${page}-`))).toBe(true);
    // Search shows its form first and fetches the catalogue and its index once that has painted.
    expect(found?.data).toEqual(page === 'search-page' ? [] : ['/data/catalogue.json']);
  });

  it('the home page preloads nothing more (it needs no catalogue)', () => {
    expect(preloadsFor('/')).toEqual({ re: expect.any(String), js: [], css: [], data: [] });
  });

  it('an unknown address preloads nothing', () => {
    expect(preloadsFor('/no-such-page')).toBeUndefined();
    expect(preloadsFor('/services')).toBeUndefined();
  });

  it('every file it names is in the build', () => {
    const files = routes.flatMap((r) => [...r.js, ...r.css, ...r.data]);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => !existsSync(join(dist, file)))).toEqual([]);
  });

  it('the Content-Security-Policy allows exactly the one inline script, in the page and in _headers', () => {
    expect(inlineScripts).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256')
      .update(inlineScripts[0] as string)
      .digest('base64')}'`;
    const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    expect(meta).toContain(`script-src 'self' ${hash}`);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(`script-src 'self' ${hash}`);
    const scriptSrc = meta.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
  });
});

describe('the code a first render runs is compiled while it downloads', () => {
  const chunkFile = (name: string) => readFileSync(join(dist, name.slice(1)), 'utf8');
  const HINT = '//# allFunctionsCalledOnLoad\n';

  it("marks the app's and each page's chunks with V8's compile hint, at the very start", () => {
    const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(chunkFile(entry).startsWith(HINT)).toBe(true);
    for (const route of routes) for (const js of route.js) expect(chunkFile(js).startsWith(HINT), js).toBe(true);
  });

  it('leaves Leaflet unmarked: it loads only when the map is opened', () => {
    const leaflet = readdirSync(join(dist, 'assets')).filter((f) => /^leaflet-map-.*\.js$/.test(f));
    expect(leaflet.length).toBeGreaterThan(0);
    for (const file of leaflet) expect(chunkFile(`/assets/${file}`).startsWith(HINT)).toBe(false);
  });
});
