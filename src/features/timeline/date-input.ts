/**
 * The GOV.UK date input (day, month, year) checked in the order of the design system's error
 * messages: nothing entered, a part missing, not a real date, then too early or too late.
 * https://design-system.service.gov.uk/components/date-input/
 */
import { addDays, addWeeks, addYears, isoFromParts, type IsoDate } from './calendar-dates';
import type { ChildDate } from './timeline';

export type DateField = 'day' | 'month' | 'year';

export type DateProblem =
  | { code: 'empty' }
  | { code: 'missing'; fields: DateField[] }
  | { code: 'not-real'; fields: DateField[] }
  | { code: 'birth-in-future' }
  | { code: 'birth-too-old' }
  | { code: 'due-too-far' }
  | { code: 'due-too-long-ago' };

export type DateCheck = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem };

/** A due date is at most 42 weeks ahead (a pregnancy lasts about 40). */
export const DUE_WEEKS_AHEAD = 42;
/** A due date more than 6 weeks gone: the baby is surely here, so ask for the date of birth. */
export const DUE_WEEKS_PAST = 6;
/** The plan runs to compulsory school age, past the 5th birthday; older children have no items left. */
export const BIRTH_YEARS_BACK = 6;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "3", "03", "March" or "mar" for a month, as GOV.UK accepts. */
function readMonth(text: string): number {
  const name = MONTH_NAMES.indexOf(text.slice(0, 3).toLowerCase());
  return name >= 0 ? name + 1 : /^\d{1,2}$/.test(text) ? Number(text) : NaN;
}

export function checkDate(kind: ChildDate['kind'], parts: Record<DateField, string>, today: IsoDate): DateCheck {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: false, problem: { code: 'empty' } };
  const missing = (['day', 'month', 'year'] as const).filter((field) => !{ day, month, year }[field]);
  if (missing.length) return { ok: false, problem: { code: 'missing', fields: missing } };
  const dayNumber = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const monthNumber = readMonth(month);
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : NaN;
  const wrong: DateField[] = [];
  if (!(dayNumber >= 1 && dayNumber <= 31)) wrong.push('day');
  if (!(monthNumber >= 1 && monthNumber <= 12)) wrong.push('month');
  if (Number.isNaN(yearNumber)) wrong.push('year');
  const date = wrong.length ? undefined : isoFromParts(yearNumber, monthNumber, dayNumber);
  // 31 April or 29 February 2025: every part is plausible alone, so the day is the one to fix.
  if (!date) return { ok: false, problem: { code: 'not-real', fields: wrong.length ? wrong : ['day'] } };
  if (kind === 'born') {
    if (date > today) return { ok: false, problem: { code: 'birth-in-future' } };
    if (date < addYears(today, -BIRTH_YEARS_BACK)) return { ok: false, problem: { code: 'birth-too-old' } };
  } else {
    if (date > addWeeks(today, DUE_WEEKS_AHEAD)) return { ok: false, problem: { code: 'due-too-far' } };
    if (date < addDays(today, -7 * DUE_WEEKS_PAST)) return { ok: false, problem: { code: 'due-too-long-ago' } };
  }
  return { ok: true, date };
}
