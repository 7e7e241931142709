/**
 * How often a session repeats, as Open Referral UK (and iCalendar's RRULE) writes it: `byday`
 * "TU" (every Tuesday), "1MO" (the first Monday of the month), "-1FR" (the last Friday),
 * `bymonthday` "1,15" (those days of the month, "-1" the last). Shared by the validator, the
 * normaliser and the import, so all three read a schedule the same way. Pure.
 */
import { isWeekday, type Weekday } from '../../lib/weekdays';

export interface BydayEntry {
  day: Weekday;
  /** Its place in the month: 1 to 5, or -1 for the last; absent for "every such day". */
  week?: number;
}

const ENTRY = /^(-1|[1-5])?([A-Z]{2})$/;

/** "MO,1TU,-1FR" → entries; a reason when an entry is not one we can read. */
export function parseByday(s: string): BydayEntry[] | string {
  const entries: BydayEntry[] = [];
  const seen = new Set<string>();
  for (const part of s.split(',')) {
    const m = ENTRY.exec(part);
    const day = m?.[2] ?? part;
    if (!m || !isWeekday(day)) {
      return `"${part}" is not a weekday; use comma-separated MO, TU, WE, TH, FR, SA, SU with no spaces (1MO for the first Monday of the month, -1FR for the last Friday)`;
    }
    if (seen.has(part)) return `"${part}" is listed twice`;
    seen.add(part);
    entries.push(m[1] === undefined ? { day } : { day, week: Number(m[1]) });
  }
  return entries;
}

/** "1,15,-1" → [1, 15, -1]; a reason when a day is not 1 to 31 or -1 (the last day). */
export function parseMonthDays(s: string): number[] | string {
  const days: number[] = [];
  for (const part of s.split(',')) {
    const n = /^-?\d{1,2}$/.test(part) ? Number(part) : NaN;
    if (!(n === -1 || (n >= 1 && n <= 31))) return `"${part}" is not a day of the month (1 to 31, or -1 for the last day)`;
    if (days.includes(n)) return `"${part}" is listed twice`;
    days.push(n);
  }
  return days;
}
