/** Dates shown to people: "25 November 2026", "September 2020", "2020". */
import { dateTimeFormat } from './intl';

// British English needs no Intl formatter (building one is slow on a cheap phone, and every page shows a date).
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  if (locale === 'en-GB') return [d, m ? EN_MONTHS[m - 1] : undefined, y].filter((part) => part !== undefined).join(' ');
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : m
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(date);
}

/** True when a source dated `sourceDate` (YYYY, YYYY-MM or YYYY-MM-DD) is more than `years` older than `today`. */
export function isOlderThan(sourceDate: string, today: string, years: number): boolean {
  const year = Number(sourceDate.slice(0, 4));
  const todayYear = Number(today.slice(0, 4));
  if (!year || !todayYear) return false;
  // Compare by the latest day the source could mean, so "2023" is read as late 2023.
  const padded = sourceDate.length === 4 ? `${sourceDate}-12-31` : sourceDate.length === 7 ? `${sourceDate}-28` : sourceDate;
  const cutoff = `${todayYear - years}${today.slice(4)}`;
  return padded < cutoff;
}
