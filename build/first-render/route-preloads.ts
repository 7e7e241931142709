/**
 * What each address needs before its first render: for every route in src/routes.ts, the page's
 * chunk and the chunks and styles it imports (less what the entry already loads), the pathways'
 * chunk and the catalogue where the route asks for them. The list goes in a JSON data block that
 * the fixed inline script (preloader-script.ts) reads, so the page's code downloads alongside the
 * app's instead of after it. Build only: in dev nothing is hashed, and nothing is preloaded.
 */
import type { Rolldown } from 'vite';
import { CATALOGUE_PATH } from '../catalogue-plugin';
import { ROUTES, routePattern } from '../../src/routes';
import { ROUTE_DATA_ID, ROUTE_PRELOADER } from './preloader-script';

/** The pathways' own chunk (a dynamic import in src/features/pathways/pathways.ts). */
const PATHWAYS_MODULE = 'virtual:pathways';

export interface RoutePreload {
  /** routePattern() of the route's path. */
  re: string;
  js: string[];
  css: string[];
  data: string[];
}

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;
type ChunkWithCss = OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

function chunks(bundle: OutputBundle): ChunkWithCss[] {
  return Object.values(bundle).filter((item): item is ChunkWithCss => item.type === 'chunk');
}

/** The chunk and every chunk it imports statically, by file name. */
function withStaticImports(chunk: OutputChunk, byName: Map<string, ChunkWithCss>): ChunkWithCss[] {
  const found = new Map<string, ChunkWithCss>();
  const visit = (name: string) => {
    const next = byName.get(name);
    if (!next || found.has(name)) return;
    found.set(name, next);
    next.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return [...found.values()];
}

export function routePreloads(bundle: OutputBundle): RoutePreload[] {
  const all = chunks(bundle);
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const entry = all.find((c) => c.isEntry);
  if (!entry) throw new Error('route preload: the build has no entry chunk');
  const loadedByEntry = new Set(withStaticImports(entry, byName).map((c) => c.fileName));
  const pathwaysChunk = all.find((c) => c.facadeModuleId?.endsWith(PATHWAYS_MODULE));
  return ROUTES.map((route) => {
    const pageChunk = route.page && all.find((c) => c.facadeModuleId?.endsWith(`/src/pages/${route.page}.tsx`));
    if (route.page && !pageChunk) throw new Error(`route preload: no chunk for src/pages/${route.page}.tsx`);
    if (route.pathways && !pathwaysChunk) throw new Error(`route preload: no chunk for ${PATHWAYS_MODULE}`);
    const needed = [pageChunk, route.pathways && pathwaysChunk]
      .flatMap((chunk) => (chunk ? withStaticImports(chunk, byName) : []))
      .filter((c, i, list) => !loadedByEntry.has(c.fileName) && list.indexOf(c) === i);
    return {
      re: routePattern(route.path),
      js: needed.map((c) => `/${c.fileName}`),
      css: needed.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])].map((file) => `/${file}`)),
      data: route.catalogue ? [`/${CATALOGUE_PATH}`] : [],
    };
  });
}

/**
 * Every chunk some address runs before its first render: the entry's, and each route's list.
 * The rest (Leaflet, the other languages, the QR code) load only when a user asks for them.
 */
export function firstRenderChunks(bundle: OutputBundle): Set<string> {
  const all = chunks(bundle);
  const entry = all.find((c) => c.isEntry);
  if (!entry) throw new Error('route preload: the build has no entry chunk');
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const fromRoutes = routePreloads(bundle).flatMap((route) => route.js.map((file) => file.slice(1)));
  return new Set([...withStaticImports(entry, byName).map((c) => c.fileName), ...fromRoutes]);
}

/**
 * Where index.html takes the route list and its script: after <meta charset> (which must come
 * in the first 1024 bytes) and before any stylesheet (a script after one waits for it to download).
 */
const MARKER = '<!-- route preloads -->';

/** index.html with the route list (a JSON data block) and the fixed script that reads it in place of MARKER. */
export function withRoutePreloads(html: string, bundle: OutputBundle): string {
  if (!html.includes(MARKER)) throw new Error(`index.html needs ${MARKER} where the route preloads go`);
  // "<" escaped so the data can never close its <script> element.
  const data = JSON.stringify(routePreloads(bundle)).replace(/</g, '\\u003c');
  // A function, so "$" in the data is never read as a replacement pattern.
  return html.replace(
    MARKER,
    () => `<script type="application/json" id="${ROUTE_DATA_ID}">${data}</script>\n    <script>${ROUTE_PRELOADER}</script>`,
  );
}
