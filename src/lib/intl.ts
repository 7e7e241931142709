/**
 * Shared Intl formatters. Building one costs far more than using it (tens of milliseconds on a
 * slow phone across a results page), so each locale-and-options pair is made once and reused.
 */
import { DAYS_OF_WEEK, type Weekday } from './weekdays';

type Formatter = Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat;
const cache = new Map<string, Formatter>();

function memo<T extends Formatter>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions): Intl.ListFormat =>
  memo(`l|${locale}|${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  memo(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

// British English is the first language of every page: it gets plain lookups instead of a first
// Intl formatter, which alone cost a slow phone a couple of hundred milliseconds per page.
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The weekday's full name in the locale ("MO" → "Monday", "lundi"); 1 January 2024 was a Monday. */
export function weekdayName(day: Weekday, locale: string): string {
  const index = DAYS_OF_WEEK.indexOf(day);
  return locale === 'en-GB'
    ? (EN_WEEKDAYS[index] ?? '')
    : dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** "A, B and C" in the locale's own words. */
export function joinList(items: string[], locale: string): string {
  if (locale !== 'en-GB') return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Alphabetical order for English names (places, services). A plain comparison: an Intl.Collator
 * costs tens of milliseconds to build on a slow phone, and these names need no locale rules.
 */
export const compareNames = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};
