/** "Clear everything saved on this device": app storage, the offline caches and the service worker. */
import { clearAppStorage } from '../../lib/storage';

export async function clearEverything(): Promise<boolean> {
  clearAppStorage();
  try {
    if ('caches' in window) {
      const names = await caches.keys();
      await Promise.all(names.map((name) => caches.delete(name)));
    }
    if ('serviceWorker' in navigator) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      await Promise.all(registrations.map((r) => r.unregister()));
    }
    return true;
  } catch {
    return false;
  }
}
