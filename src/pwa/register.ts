/**
 * Service-worker registration with workbox-window, exposing two signals the UI reads:
 * offlineReady (first install finished: "Ready to use offline") and updateWaiting
 * (a new version is installed and waits: "Update available: Reload").
 * The new version never takes over by itself: only applyUpdate() (the user's click) does it.
 */
import { signal } from '@preact/signals';
import { Workbox } from 'workbox-window';

export const offlineReady = signal(false);
export const updateWaiting = signal(false);

let workbox: Workbox | null = null;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) offlineReady.value = true;
  });
  workbox.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  void workbox.register().catch(() => {
    // Registration fails in private modes of some browsers: the app still works online.
  });
}

export function applyUpdate(): void {
  if (!workbox) return;
  // Reload only once the new worker controls the page, so no chunk is requested from the old one.
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
