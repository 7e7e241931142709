/** The router. Every route is a real URL that works on reload and offline; the table is src/routes.ts. */
import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { ErrorBoundary, lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { Layout } from './components/layout';
import { noteNavigation } from './components/page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { pageCodeLoaded, recoverFromFailedPageCode } from './pwa/page-code-fallback';
import { PageCodeFailed } from './components/page-code-failed';
import { ROUTES, type RouteEntry } from './routes';

// Only the home page is in the first download; every other page loads on first use (the map
// pulls in Leaflet). All are precached, so they open instantly and offline after the first visit.
// Pages take at most the address's `id` (the pathways page reads its own address).
type PageComponent = ComponentType<{ id: string }>;
type RoutedPage = PageComponent & { preload?: () => Promise<unknown> };

/** The shape of every lazily loaded page module: the page is its default export. */
export interface PageModule {
  default: PageComponent;
}

const pageModules = import.meta.glob<PageModule>(['./pages/*-page.tsx', '!./pages/home-page.tsx', '!./pages/not-found-page.tsx']);

const loadedModules = new Map<RouteEntry, PageModule>();

function lazyPage(route: RouteEntry): RoutedPage {
  const load = pageModules[`./pages/${route.page}.tsx`];
  if (!load) throw new Error(`src/routes.ts: no page module src/pages/${route.page}.tsx`);
  return lazy<PageComponent>(() =>
    load().then(
      (m) => {
        loadedModules.set(route, m);
        pageCodeLoaded();
        return m.default;
      },
      // A rejected import would leave preact-iso suspended forever (a blank page; its
      // ErrorBoundary never sees it: https://github.com/preactjs/preact-iso/issues/100): load
      // the address afresh once, or say plainly that the page could not be loaded.
      () => {
        const reloading = recoverFromFailedPageCode();
        return () => <PageCodeFailed reloading={reloading} />;
      },
    ),
  );
}

const pages = new Map<RouteEntry, RoutedPage>(ROUTES.map((route) => [route, route.page ? lazyPage(route) : HomePage]));

/**
 * Loads the code of the page for `route` through the router's own lazy component, so the first
 * render finds it ready instead of suspending. Resolves to the page's module, or undefined for the
 * home page (already in the entry) and for code that failed to load (the router says so).
 */
export async function loadPage(route: RouteEntry | undefined): Promise<PageModule | undefined> {
  if (!route?.page) return undefined;
  await pages.get(route)?.preload?.();
  return loadedModules.get(route);
}

// Only the very first load must not move focus. When the first page is lazy, preact-iso
// reports it late or not at all, so compare URLs rather than counting calls.
const firstUrl = window.location.pathname + window.location.search;
let firstRouteSeen = false;
function onRouteChange(url: string) {
  const isFirstLoad = !firstRouteSeen && url === firstUrl;
  firstRouteSeen = true;
  if (!isFirstLoad) noteNavigation();
}

/**
 * Any address that makes a page throw while drawing (the router's decodeURIComponent on a
 * malformed escape such as /services/%E0%A4%A, junk in a parameter) shows "Page not found"
 * inside the layout, so the header and "Exit this page" keep working. The next address starts afresh.
 */
class AddressErrorBoundary extends Component<{ url: string; children: ComponentChildren }, { url: string; failed: boolean }> {
  state = { url: this.props.url, failed: false };

  static getDerivedStateFromProps(props: { url: string }, state: { url: string }) {
    return props.url === state.url ? null : { url: props.url, failed: false };
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <NotFoundPage /> : this.props.children;
  }
}

function Routes() {
  const { url } = useLocation();
  return (
    <AddressErrorBoundary url={url}>
      <ErrorBoundary>
        <Router onRouteChange={onRouteChange}>
          {[...pages].map(([route, component]) => (
            <Route key={route.path} path={route.path} component={component} />
          ))}
          <Route default component={NotFoundPage} />
        </Router>
      </ErrorBoundary>
    </AddressErrorBoundary>
  );
}

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <Routes />
      </Layout>
    </LocationProvider>
  );
}
