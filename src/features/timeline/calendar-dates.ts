/**
 * Plain calendar dates ("YYYY-MM-DD") and UTC arithmetic on them. A timeline date is a day, not
 * an instant: working in UTC on whole days means no clock change or time zone can move a date.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date's parts, or undefined when the text is not a real calendar date (e.g. 2025-02-29). */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}

export function isoFromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** A real date from its parts, or undefined (no rolling 31 April over into May). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1000 || year > 9999) return undefined;
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(text) ? text : undefined;
}

const toUtc = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoFromUtc(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

export const addWeeks = (iso: IsoDate, weeks: number): IsoDate => addDays(iso, weeks * 7);

/**
 * The same day `months` later. When that month is too short (31 August + 6 months, or a
 * 29 February birthday in a year with no 29 February) it is the 1st of the next month: the child
 * has then certainly reached the age, so a rule "on or after" it is never shown too early.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(iso)!;
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return day <= lastDay
    ? isoFromUtc(new Date(Date.UTC(targetYear, targetMonth, day)))
    : isoFromUtc(new Date(Date.UTC(targetYear, targetMonth + 1, 1)));
}

export const addYears = (iso: IsoDate, years: number): IsoDate => addMonths(iso, years * 12);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export const yearOf = (iso: IsoDate): number => Number(iso.slice(0, 4));
export const monthOf = (iso: IsoDate): number => Number(iso.slice(5, 7));

/** Today's date in the UK (the rules are England's), as YYYY-MM-DD. */
export function todayInUk(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
