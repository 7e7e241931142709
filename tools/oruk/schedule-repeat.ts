/**
 * A feed schedule's repeat (ORUK regular_schedule / schedule: freq, interval, byday, bymonthday,
 * dtstart, until) → ours, or the reason it cannot be kept. Weekly, every n weeks ("fortnightly"),
 * a weekday's place in the month ("1MO", "-1FR") and days of the month ("1,15") are kept as the
 * feed gives them; anything we could not put into words or reckon "open now" from honestly
 * (daily or yearly rules, "second to last Friday", week numbers) is left out with a note. Pure.
 */
import { parseByday, parseMonthDays } from '../../src/features/catalogue/recurrence';
import { dateOf, normaliseByday, weekdayCode } from './draft';
import { num, str, type Rec } from './text';

export interface Repeat {
  freq: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  bymonthday?: string;
  dtstart?: string;
}

/** The field at fault and why, in plain words for the import report. */
export interface RepeatProblem {
  field: string;
  reason: string;
}

/** "1, 15" / 15 / [1, 15] → "1,15". */
function monthDayText(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(String).join(',') || undefined;
  return str(v)?.replace(/\s+/g, '');
}

export function scheduleRepeat(s: Rec): Repeat | RepeatProblem {
  const given = str(s.freq)?.toUpperCase() ?? 'WEEKLY';
  if (given !== 'WEEKLY' && given !== 'MONTHLY') {
    return {
      field: 'freq',
      reason: `"${given}" opening times are not stored (weekly and monthly only), so the page says to check the times`,
    };
  }
  for (const rule of ['byweekno', 'byyearday', 'bymonth']) {
    if (str(s[rule]) !== undefined || num(s[rule]) !== undefined) {
      return { field: rule, reason: `sessions by ${rule} are not stored, so the page says to check the times` };
    }
  }
  const interval = num(s.interval) ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) {
    return { field: 'interval', reason: `every ${interval}: not a whole number of weeks or months from 1 to 52` };
  }
  const byday = normaliseByday(s.byday) ?? weekdayCode(s.weekday);
  const bymonthday = monthDayText(s.bymonthday);
  const entries = byday === undefined ? [] : parseByday(byday);
  if (typeof entries === 'string') return { field: 'byday', reason: `${entries}: not stored, so the page says to check the times` };
  const days = bymonthday === undefined ? [] : parseMonthDays(bymonthday);
  if (typeof days === 'string') return { field: 'bymonthday', reason: `${days}: not stored, so the page says to check the times` };
  const placed = entries.filter((e) => e.week !== undefined);
  let freq: Repeat['freq'] = given;
  if (freq === 'WEEKLY' && (placed.length > 0 || days.length > 0)) {
    return { field: 'byday', reason: `"${byday ?? bymonthday}" names days of the month, which a weekly session cannot have: not stored` };
  }
  if (freq === 'MONTHLY' && placed.length < entries.length) {
    // "Every Monday of every month" (RFC 5545) is simply every Monday.
    if (placed.length > 0 || days.length > 0 || interval !== 1) {
      return {
        field: 'byday',
        reason: `"${byday}" mixes every-week days with monthly ones: not stored, so the page says to check the times`,
      };
    }
    freq = 'WEEKLY';
  }
  if (byday === undefined && days.length === 0)
    return { field: 'byday', reason: 'no day given: not stored, so the page says to check the times' };
  return {
    freq,
    ...(interval !== 1 ? { interval } : {}),
    ...(byday !== undefined ? { byday } : {}),
    ...(bymonthday !== undefined ? { bymonthday } : {}),
    ...(dateOf(s.dtstart) ? { dtstart: dateOf(s.dtstart) } : {}),
  };
}
