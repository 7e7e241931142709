import { render } from 'preact';
import { App, preloadPage } from './app';
import { loadCatalogue } from './features/catalogue/catalogue';
import { initLanguage } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register';
import { findRoute } from './routes';
import './styles/base.css';

// The first render waits for everything the page needs: a remembered language (so the page
// never flashes English), the page's own code and, where it shows services, the catalogue.
// index.html has already started those downloads (src/config/route-preload-plugin.ts), so the
// first screen is the finished page rather than a "Loading" placeholder that is then replaced.
const { pathname } = window.location;
const ready = [
  initLanguage(),
  preloadPage(pathname),
  findRoute(pathname)?.catalogue ? loadCatalogue() : undefined,
].map((step) => Promise.resolve(step).catch(() => undefined));

void Promise.all(ready).then(() => {
  render(<App />, document.getElementById('app')!);
  registerServiceWorker();
});
