import { render } from 'preact';
import { App } from './app';
import { initLanguage } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register';
import './styles/base.css';

// A remembered language is loaded before the first paint, so the page never flashes English.
void initLanguage().finally(() => {
  render(<App />, document.getElementById('app')!);
  registerServiceWorker();
});
