/**
 * The route table as plain data (no Preact), shared by the app's router (src/app.tsx) and the
 * build (build/first-render/route-preloads.ts). The build uses it to tell index.html which code
 * and data each address needs, so a page's own chunk downloads alongside the app's code
 * instead of after it, and the first screen is the finished page.
 */

export interface RouteEntry {
  /** A preact-iso path: `:name` is one segment, `:name*` the rest of the address. */
  path: string;
  /** The lazily loaded page module in src/pages (without .tsx); none for the eager pages. */
  page?: string;
  /** The page module's export, when it is not the default one. */
  exportName?: string;
  /** Whether the page shows services, so the catalogue is fetched with its code. */
  catalogue: boolean;
  /** Whether the first screen shows the pathways (virtual:pathways), so they load with its code. */
  pathways?: boolean;
}

export const ROUTES: readonly RouteEntry[] = [
  { path: '/', catalogue: false },
  { path: '/search', page: 'search-page', catalogue: true },
  { path: '/life-stages/:id', page: 'term-page', exportName: 'LifeStagePage', catalogue: true },
  { path: '/categories/:id', page: 'term-page', exportName: 'CategoryPage', catalogue: true },
  { path: '/services/:id', page: 'service-page', exportName: 'ServicePage', catalogue: true, pathways: true },
  { path: '/saved', page: 'saved-page', catalogue: true },
  { path: '/contact/:rest*', page: 'pathways-page', catalogue: true, pathways: true },
  { path: '/map', page: 'map-page', catalogue: true },
  { path: '/plan', page: 'plan-page', catalogue: true },
  { path: '/healthy-babies', page: 'healthy-babies-page', catalogue: true },
  { path: '/about', page: 'about-page', exportName: 'AboutPage', catalogue: false },
  { path: '/privacy', page: 'privacy-page', exportName: 'PrivacyPage', catalogue: false },
  { path: '/words', page: 'words-page', exportName: 'WordsPage', catalogue: false },
  { path: '/leave-quickly', page: 'safety-page', exportName: 'SafetyPage', catalogue: false },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The route's path as a regular expression source over location.pathname (a trailing slash allowed). */
export function routePattern(path: string): string {
  const segments = path.split('/').filter(Boolean).map((segment) => {
    if (/^:\w+\*$/.test(segment)) return '(?:/.*)?';
    if (/^:\w+$/.test(segment)) return '/[^/]+';
    return `/${escapeRegExp(segment)}`;
  });
  return `^${segments.join('')}/?$`;
}

/** The route serving `pathname`, or undefined for "page not found". */
export function findRoute(pathname: string): RouteEntry | undefined {
  return ROUTES.find((route) => new RegExp(routePattern(route.path)).test(pathname));
}
