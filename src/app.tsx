/** The route table. Every route is a real URL that works on reload and offline. */
import { ErrorBoundary, lazy, LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/layout';
import { noteNavigation } from './components/page';
import { AboutPage } from './pages/about-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { PrivacyPage } from './pages/privacy-page';
import { SafetyPage } from './pages/safety-page';
import { ServicePage } from './pages/service-page';
import { CategoryPage, LifeStagePage } from './pages/term-page';

// Heavier pages load on first use (search pulls in Fuse.js, the map Leaflet); all are precached.
const SearchPage = lazy(() => import('./pages/search-page'));
const SavedPage = lazy(() => import('./pages/saved-page'));
const PathwaysPage = lazy(() => import('./pages/pathways-page'));
const MapPage = lazy(() => import('./pages/map-page'));

let firstRoute = true;
function onRouteChange() {
  if (firstRoute) firstRoute = false;
  else noteNavigation();
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
