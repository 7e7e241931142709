/**
 * The current time as a signal, ticking each minute while something shows "Open now", so an
 * open/closed line changes at the right minute without a reload.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

export const now = signal(new Date());
const minuteOf = (date: Date) => Math.floor(date.getTime() / 60_000);
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** Subscribes the component to the minute tick and returns the current time. */
export function useNow(): Date {
  useEffect(() => {
    // Refresh only for the first subscriber, and only if the minute has moved on: a list of
    // results mounting one by one, or the first page of a visit, must not render everything again.
    const current = new Date();
    if (users === 0 && minuteOf(current) !== minuteOf(now.value)) now.value = current;
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
