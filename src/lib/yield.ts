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
