/**
 * What runs first in the browser, in order: the app's entry (index.html loads it). The whole
 * sequence, with what index.html has already started downloading by the time this runs, is in
 * build/first-render/README.md.
 */
// 1. The Trusted Types policy, before any script can reach an HTML or script sink.
import './lib/trusted-types';
import { h, render } from 'preact';
import { App, loadPage } from './app';
import { loadCatalogue } from './features/catalogue/catalogue';
import { loadPathways } from './features/pathways/pathways';
import { initLanguage } from './i18n/i18n';
import { yieldToMain } from './lib/yield';
import { registerServiceWorker } from './pwa/register';
import { findRoute } from './routes';
import './styles/base.css';

/** A step's failure never stops the first render: the page then says itself what is missing. */
const settled = <T>(step: Promise<T> | undefined): Promise<T | undefined> => Promise.resolve(step).catch(() => undefined);

async function boot(): Promise<void> {
  const route = findRoute(window.location.pathname);
  // 2. Everything the first screen shows, together: a remembered language (so the page never
  //    flashes English), the page's code and, where the route asks for them, the catalogue and
  //    the pathways. index.html's inline script started all but the language's download; here
  //    they are awaited, so the first screen is the finished page, never a "Loading" placeholder.
  await Promise.all([
    settled(initLanguage()),
    settled(loadPage(route)),
    route?.catalogue ? settled(loadCatalogue()) : undefined,
    route?.pathways ? settled(loadPathways()) : undefined,
  ]);
  // 3. The render in a task of its own: on a cheap phone, shorter tasks it can paint and take a tap
  //    between, not one long one.
  await yieldToMain();
  // 4. The first render.
  render(h(App, null), document.getElementById('app')!);
  // 5. The service worker, once the page is up, so its precache downloads never compete with the page's own.
  registerServiceWorker();
}

void boot();
