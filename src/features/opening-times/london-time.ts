/**
 * Wall-clock time in Europe/London for an instant. Opening hours are wall-clock times, so
 * comparing in London time is right on both clock-change days.
 *
 * The UK rule (Summer Time Order 2002): British Summer Time runs from 01:00 UTC on the last
 * Sunday of March to 01:00 UTC on the last Sunday of October. Applying it directly avoids
 * Intl's time-zone data, whose first use costs a cheap phone over 100 ms on every service page;
 * tests/unit/london-time.unit.test.ts checks it against Intl hour by hour.
 */
import { DAYS_OF_WEEK, type Weekday } from '../../lib/weekdays';

export interface LondonTime {
  /** YYYY-MM-DD in London. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

/** 01:00 UTC on the last Sunday of a month (0-based), in ms since the epoch. */
function lastSundayAt1am(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Minutes London is ahead of UTC at this instant: 60 in British Summer Time, else 0. */
export function londonOffsetMinutes(instant: Date): number {
  const year = instant.getUTCFullYear();
  const t = instant.getTime();
  return t >= lastSundayAt1am(year, 2) && t < lastSundayAt1am(year, 9) ? 60 : 0;
}

export function londonTime(instant: Date): LondonTime {
  const local = new Date(instant.getTime() + londonOffsetMinutes(instant) * 60_000);
  const date = local.toISOString().slice(0, 10);
  return { date, weekday: weekdayOf(date), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The weekday of a calendar date (the date alone: no time zone involved). */
export function weekdayOf(date: string): Weekday {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return DAYS_OF_WEEK[(sundayFirst + 6) % 7] as Weekday;
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
