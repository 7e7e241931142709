/**
 * Wall-clock time in Europe/London for an instant, from Intl (no date library). Opening
 * hours are wall-clock times, so comparing in London time is right on both clock-change days.
 */
import type { Weekday } from '../features/catalogue/oruk';

export const WEEK: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface LondonTime {
  /** YYYY-MM-DD in London. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function londonTime(instant: Date): LondonTime {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The weekday of a calendar date (the date alone: no time zone involved). */
export function weekdayOf(date: string): Weekday {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return WEEK[(sundayFirst + 6) % 7] as Weekday;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "09:30" → 570; "24:00" → 1440. */
export function clockMinutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}
