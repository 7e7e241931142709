import { render } from 'preact';
import { App } from './app';
import { loadCatalogue } from './features/catalogue/catalogue';
import { initLanguage } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register';
import './styles/base.css';

// Every page but home needs the catalogue: fetch it alongside the page's own code, not after it.
if (window.location.pathname !== '/') void loadCatalogue();

// A remembered language is loaded before the first paint, so the page never flashes English.
void initLanguage().finally(() => {
  render(<App />, document.getElementById('app')!);
  registerServiceWorker();
});
