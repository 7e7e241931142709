#!/usr/bin/env node
// How much JavaScript the home page makes a visitor download before it can run:
// the entry scripts and modulepreloads in dist/index.html, plus every chunk they
// import statically. Lazy routes (dynamic import()) are not counted.
// Usage: node scripts/bench/size-report.mjs [distDir]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The value of attribute `name` in one HTML tag, or undefined. */
function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Local JS URLs that index.html loads up front. */
function entryUrls(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (attr(tag, 'type') === 'module' && attr(tag, 'src')) urls.push(attr(tag, 'src'));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (attr(tag, 'rel')?.split(/\s+/).includes('modulepreload') && attr(tag, 'href')) urls.push(attr(tag, 'href'));
  }
  return urls.filter((u) => !/^[a-z][a-z\d+.-]*:|^\/\//i.test(u)); // skip http:, data:, //cdn…
}

// Static import/re-export statements in a minified chunk:
//   import"./a.js";  import{x as y}from"./b.js";  import*as z from"./c.js";  export{q}from"./d.js";
// They may follow other code (Vite puts `const __vite__mapDeps=…;` first), so each
// is found at a statement boundary: start, ";", "}", newline or the end of a comment.
// Static specifiers are never template literals, and a dynamic import() has "("
// after `import`, so neither lazy chunks nor import.meta match.
const STATIC_IMPORT =
  /(?:^|[;}\n]|\*\/)\s*(?:import\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^{}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*)?|export\s*(?:\{[^{}]*\}|\*(?:\s*as\s+[\w$]+)?)\s*from\s*)(["'])([^"'\n]+)\1/g;

/** Relative or root-relative specifiers of a chunk's static imports, in order. */
export function staticImports(code) {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[2]).filter((spec) => /^\.{0,2}\//.test(spec));
}

/** Home-page JS in `distDir`: each file's raw and gzip -9 bytes, and the gzip total. */
export function homePageJsBytes(distDir) {
  const dist = resolve(distDir);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const toPath = (url, fromFile) =>
    url.startsWith('/') ? join(dist, url.split(/[?#]/)[0]) : resolve(dirname(fromFile), url.split(/[?#]/)[0]);

  const queue = entryUrls(html).map((u) => toPath(u, join(dist, 'index.html')));
  const seen = new Set();
  const files = [];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path); // throws if index.html points at a missing file
    files.push({ file: relative(dist, path), raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    for (const spec of staticImports(code.toString('utf8'))) queue.push(toPath(spec, path));
  }
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** Stylesheets index.html loads up front. */
export function homePageCssBytes(distDir) {
  const dist = resolve(distDir);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => attr(tag, 'rel') === 'stylesheet' && attr(tag, 'href'))
    .map((tag) => {
      const code = readFileSync(join(dist, attr(tag, 'href').split(/[?#]/)[0]));
      return { file: attr(tag, 'href').replace(/^\//, ''), raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
    });
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** Every `{url, revision}` entry of the service worker's precache manifest (sw.js and workbox-*.js). */
export function precacheUrls(distDir) {
  const dist = resolve(distDir);
  const names = ['sw.js', ...readdirSync(dist).filter((f) => /^workbox-[\w-]+\.js$/.test(f))];
  const code = names.map((n) => readFileSync(join(dist, n), 'utf8')).join('\n');
  const urls = [];
  for (const [object] of code.matchAll(/\{[^{}]*\}/g)) {
    const url = /(?:^|[{,\s])["']?url["']?\s*:\s*(["'`])((?:\\.|(?!\1).)*)\1/.exec(object);
    if (url && /(?:^|[{,\s])["']?revision["']?\s*:/.test(object)) urls.push(url[2]);
  }
  return urls;
}

/** gzip bytes of everything the service worker stores on install (what "works offline" costs). */
export function precacheBytes(distDir) {
  const dist = resolve(distDir);
  const files = precacheUrls(dist).map((url) => {
    const file = decodeURIComponent(url.replace(/^\.?\//, '').split(/[?#]/)[0]);
    const code = readFileSync(join(dist, file));
    return { file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  });
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** JS chunks not loaded by the home page: the lazy routes and data. */
export function lazyChunkBytes(distDir) {
  const dist = resolve(distDir);
  const home = new Set(homePageJsBytes(dist).files.map((f) => f.file));
  const files = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') && !home.has(`assets/${f}`))
    .map((f) => {
      const code = readFileSync(join(dist, 'assets', f));
      return { file: `assets/${f}`, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

const kb = (n) => (n / 1024).toFixed(1);

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const { files, totalGzip } = homePageJsBytes(process.argv[2] ?? join(root, 'dist'));
  const width = Math.max(4, ...files.map((f) => f.file.length));
  console.log(`${'file'.padEnd(width)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}`);
  for (const f of files) console.log(`${f.file.padEnd(width)}  ${kb(f.raw).padStart(8)}  ${kb(f.gzip).padStart(8)}`);
  console.log(`home page JS total: ${kb(totalGzip)} KB gzip in ${files.length} file(s)`);
}
