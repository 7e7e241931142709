/** The route table. Every route is a real URL that works on reload and offline. */
import { ErrorBoundary, lazy, LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/layout';
import { noteNavigation } from './components/page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';

// Only the home page is in the first download; every other page loads on first use (the map
// pulls in Leaflet). All are precached, so they open instantly and offline after the first visit.
const ServicePage = lazy(() => import('./pages/service-page').then((m) => m.ServicePage));
const LifeStagePage = lazy(() => import('./pages/term-page').then((m) => m.LifeStagePage));
const CategoryPage = lazy(() => import('./pages/term-page').then((m) => m.CategoryPage));
const AboutPage = lazy(() => import('./pages/about-page').then((m) => m.AboutPage));
const PrivacyPage = lazy(() => import('./pages/privacy-page').then((m) => m.PrivacyPage));
const SafetyPage = lazy(() => import('./pages/safety-page').then((m) => m.SafetyPage));
const SearchPage = lazy(() => import('./pages/search-page'));
const SavedPage = lazy(() => import('./pages/saved-page'));
const PathwaysPage = lazy(() => import('./pages/pathways-page'));
const MapPage = lazy(() => import('./pages/map-page'));

// Only the very first load must not move focus. When the first page is lazy, preact-iso
// reports it late or not at all, so compare URLs rather than counting calls.
const firstUrl = window.location.pathname + window.location.search;
let firstRouteSeen = false;
function onRouteChange(url: string) {
  const isFirstLoad = !firstRouteSeen && url === firstUrl;
  firstRouteSeen = true;
  if (!isFirstLoad) noteNavigation();
}

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router onRouteChange={onRouteChange}>
            <Route path="/" component={HomePage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/life-stages/:id" component={LifeStagePage} />
            <Route path="/categories/:id" component={CategoryPage} />
            <Route path="/services/:id" component={ServicePage} />
            <Route path="/saved" component={SavedPage} />
            <Route path="/contact/:rest*" component={PathwaysPage} />
            <Route path="/map" component={MapPage} />
            <Route path="/about" component={AboutPage} />
            <Route path="/privacy" component={PrivacyPage} />
            <Route path="/leave-quickly" component={SafetyPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
