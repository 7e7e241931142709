// First: the Trusted Types policy must exist before any script can reach an HTML or script sink.
import './lib/trusted-types';
import { h, render } from 'preact';
import { App, preloadPage, preparePage } from './app';
import { loadCatalogue } from './features/catalogue/catalogue';
import { loadPathways } from './features/pathways/pathways';
import { initLanguage } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register';
import { findRoute } from './routes';
import './styles/base.css';

// The first render waits for everything the page needs: a remembered language (so the page
// never flashes English), the page's own code and, where it shows them, the catalogue and pathways.
// index.html has already started those downloads (build/first-render/route-preloads.ts), so the
// first screen is the finished page rather than a "Loading" placeholder that is then replaced.
const { pathname } = window.location;
const route = findRoute(pathname);
const ready = [
  initLanguage(),
  preloadPage(pathname),
  route?.catalogue ? loadCatalogue() : undefined,
  route?.pathways ? loadPathways() : undefined,
].map((step) => Promise.resolve(step).catch(() => undefined));

void Promise.all(ready).then(async () => {
  await preparePage(pathname).catch(() => undefined);
  render(h(App, null), document.getElementById('app')!);
  registerServiceWorker();
});
