/**
 * Lets the browser handle input and paint before the next piece of a long job (building the
 * map): on a cheap phone one 200 ms task makes taps feel dead, four 50 ms ones do not.
 * scheduler.yield() keeps our place in the queue where the browser has it; setTimeout elsewhere.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the page has loaded and the browser is idle (or after `timeout` ms at most), for
 * work that can wait until the first screen is up: the map's code must not compete with the
 * page's own downloads and first paint on a slow connection.
 */
export function whenIdle(timeout = 1000): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout });
        else setTimeout(resolve, 50);
      }),
  );
}
