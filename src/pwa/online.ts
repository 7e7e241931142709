/**
 * Whether the app can reach the network: drives the footer's "You are offline" notice and the
 * map's "needs a connection" message.
 *
 * `navigator.onLine` is only a hint. Some Chromium versions keep reporting true in a page the
 * service worker served while the network is gone, so a request that failed (a map tile, the
 * service worker's update check) also counts as offline, until a request gets through or the
 * browser fires `online` again. (The service worker's own update check is no probe: it can
 * succeed where the page's requests fail.)
 */
import { computed, signal } from '@preact/signals';

const browserSaysOnline = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
const lastRequestFailed = signal(false);

export const online = computed(() => browserSaysOnline.value && !lastRequestFailed.value);

/** Call with the outcome of a request that had to reach the network (not one the worker answered). */
export function reportNetworkResult(reached: boolean): void {
  lastRequestFailed.value = !reached;
}

/**
 * Asks the network something tiny: a HEAD request for robots.txt with a query string that no
 * precached file matches, so the service worker passes it on to the network, and it fails
 * exactly when the network is unreachable. Our own origin only; nothing is sent about the user.
 * Only when the browser claims a connection: when it says offline, it is right.
 */
async function probeNetwork(): Promise<void> {
  if (!navigator.onLine) return;
  try {
    await fetch(`/robots.txt?network-check=${Date.now()}`, { method: 'HEAD', cache: 'no-store' });
    reportNetworkResult(true);
  } catch {
    reportNetworkResult(false);
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    browserSaysOnline.value = true;
    lastRequestFailed.value = false;
    void probeNetwork();
  });
  window.addEventListener('offline', () => (browserSaysOnline.value = false));
  // Once per page load, after the page has settled: the browser may claim a connection it lacks.
  window.addEventListener('load', () => setTimeout(() => void probeNetwork(), 2000), { once: true });
}
