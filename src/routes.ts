/**
 * The route table as plain data (no Preact), shared by the app's router (src/app.tsx), the boot
 * sequence (src/boot.ts) and the build (build/first-render/). The build tells index.html which code
 * and data each address needs, so a page's own chunk downloads alongside the app's code instead
 * of after it; boot waits for them, so the first screen is the finished page
 * (build/first-render/README.md).
 */

export interface RouteEntry {
  /** A preact-iso path: `:name` is one segment, `:name*` the rest of the address. */
  path: string;
  /** The lazily loaded page module in src/pages (without .tsx), its page the default export; none for the home page. */
  page?: string;
  /** Whether the page shows services: the first render waits for the catalogue, downloaded with the page's code. */
  catalogue: boolean;
  /** Whether the first screen shows the pathways (virtual:pathways): they download with its code, and it waits for them. */
  pathways?: boolean;
  /**
   * Whether the page searches: its first screen (the search form) waits for nothing but its code;
   * the catalogue and the search index the build made for it (/data/search-postings.json) are
   * fetched once the form has painted, and the results follow (src/features/search/use-search-data.ts).
   */
  searchIndex?: boolean;
}

export const ROUTES: readonly RouteEntry[] = [
  { path: '/', catalogue: false },
  { path: '/search', page: 'search-page', catalogue: false, searchIndex: true },
  { path: '/life-stages/:id', page: 'term-page', catalogue: true },
  { path: '/categories/:id', page: 'term-page', catalogue: true },
  { path: '/services/:id', page: 'service-page', catalogue: true, pathways: true },
  { path: '/saved', page: 'saved-page', catalogue: true },
  { path: '/contact/:rest*', page: 'pathways-page', catalogue: true, pathways: true },
  { path: '/visit-pack', page: 'visit-pack-page', catalogue: true, pathways: true },
  { path: '/map', page: 'map-page', catalogue: true },
  { path: '/plan', page: 'plan-page', catalogue: true },
  { path: '/healthy-babies', page: 'healthy-babies-page', catalogue: true },
  { path: '/about', page: 'about-page', catalogue: false },
  { path: '/privacy', page: 'privacy-page', catalogue: false },
  { path: '/words', page: 'words-page', catalogue: false },
  { path: '/leave-quickly', page: 'safety-page', catalogue: false },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The route's path as a regular expression source over location.pathname (a trailing slash allowed). */
export function routePattern(path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
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
