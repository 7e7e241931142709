/**
 * Shared Intl formatters. Building one costs far more than using it (tens of milliseconds on a
 * slow phone across a results page), so each locale-and-options pair is made once and reused.
 */
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

/** The weekday's full name; 1 January 2024 was a Monday, so index 0 is Monday. */
export const weekdayName = (index: number, locale: string): string =>
  dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));

/**
 * Alphabetical order for English names (places, services). A plain comparison: an Intl.Collator
 * costs tens of milliseconds to build on a slow phone, and these names need no locale rules.
 */
export const compareNames = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};
