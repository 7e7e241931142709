/**
 * "Clear everything saved on this device": local and session storage (saved services, language,
 * a remembered postcode or timeline), every Cache Storage cache (the app and the map tiles),
 * every IndexedDB database (workbox-expiration lists each map tile viewed, with a time) and the
 * service worker. Then it loads the home page afresh, so no old worker or page state lingers
 * to re-create anything.
 */
import { CLEARED_QUERY } from '../../pwa/register';

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // "blocked" means an open connection (the worker's) delays it; the deletion still happens
    // once that closes, which unregistering the worker and reloading bring about.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Runs every step even when one fails; returns whether all succeeded. */
export async function clearEverything(): Promise<boolean> {
  const steps: Array<() => unknown> = [
    () => localStorage.clear(),
    () => sessionStorage.clear(),
    async () => {
      // The worker first, so it cannot re-create a cache or database while they are cleared.
      const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
      await Promise.all(registrations.map((r) => r.unregister()));
    },
    async () => {
      if (!('caches' in window)) return;
      const names = await caches.keys();
      await Promise.all(names.map((name) => caches.delete(name)));
    },
    async () => {
      if (typeof indexedDB === 'undefined') return;
      const databases = await indexedDB.databases();
      await Promise.all(databases.flatMap((db) => (db.name ? [deleteDatabase(db.name)] : [])));
    },
  ];
  let allCleared = true;
  for (const step of steps) {
    try {
      await step();
    } catch {
      allCleared = false;
    }
  }
  return allCleared;
}

/**
 * Clears, then loads the home page afresh, marked so that visit does not install the app again
 * (src/pwa/register.ts) and says it is done. Offline there is nothing to load the page from any
 * more, so the page stays and the caller says it is done. Returns whether everything was cleared.
 */
export async function clearEverythingAndRestart(): Promise<boolean> {
  const ok = await clearEverything();
  if (ok && navigator.onLine) window.location.replace(`/?${CLEARED_QUERY}`);
  return ok;
}
