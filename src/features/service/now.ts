/**
 * The current time as a signal, ticking each minute while something shows "Open now", so an
 * open/closed line changes at the right minute without a reload.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

export const now = signal(new Date());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** Subscribes the component to the minute tick and returns the current time. */
export function useNow(): Date {
  useEffect(() => {
    // Refresh only for the first subscriber: a list of results mounting one by one must not
    // make every earlier card render again.
    if (users === 0) now.value = new Date();
    users += 1;
    timer ??= setInterval(() => (now.value = new Date()), 60_000);
    return () => {
      users -= 1;
      if (users === 0 && timer) {
        clearInterval(timer);
        timer = undefined;
      }
    };
  }, []);
  return now.value;
}
