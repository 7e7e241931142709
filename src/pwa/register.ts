/**
 * Service-worker registration with workbox-window, exposing two signals the UI reads:
 * offlineReady (the first install controls this page: "Ready to use offline") and updateWaiting
 * (a new version is installed and waits, or has taken over another tab: "Update available: Reload").
 * A new version never takes over by itself: only applyUpdate() (a user's click, in any tab) does
 * it, and then every open tab reacts (src/pwa/takeover.ts).
 */
import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';
import { reactToNewController } from './takeover';

export const offlineReady = signal(false);
export const updateWaiting = signal(false);
/** The page was loaded by "Clear everything" (src/features/safety/clear-device.ts). */
export const deviceCleared = signal(false);

/** "Clear everything" reloads to /?cleared=1: this visit then installs nothing again. */
export const CLEARED_QUERY = 'cleared=1';

let workbox: Workbox | null = null;
let userAskedForUpdate = false;
/** A new version already controls this tab (another tab's "Reload"): reloading is all that is left. */
let newVersionControls = false;

export function registerServiceWorker(): void {
  if (window.location.search === `?${CLEARED_QUERY}`) {
    // Nothing is stored again until the next visit; the address loses the marker.
    deviceCleared.value = true;
    window.history.replaceState(window.history.state, '', window.location.pathname);
    return;
  }
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const container = navigator.serviceWorker;
  let wasControlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    const action = reactToNewController({
      wasControlled,
      userAskedForUpdate,
      pageHidden: document.visibilityState === 'hidden',
    });
    wasControlled = true;
    if (action === 'offline-ready') offlineReady.value = true;
    else if (action === 'reload') window.location.reload();
    else {
      newVersionControls = true;
      updateWaiting.value = true;
    }
  });
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  void workbox.register().catch(() => {
    // Registration fails in private modes of some browsers: the app still works online.
  });
}

export function applyUpdate(): void {
  userAskedForUpdate = true;
  if (newVersionControls) {
    window.location.reload();
    return;
  }
  // The reload happens on controllerchange, once the new worker controls the page, so no
  // chunk is requested from the old one.
  workbox?.messageSkipWaiting();
}
