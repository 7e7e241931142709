/** Starting school in England (§5): the 1 September cut-off, applications, compulsory school age. */
import { addDays, addYears, isoFromUtc, monthOf, yearOf, type IsoDate } from './calendar-dates';

/**
 * §5a: "Most children start reception full-time in September after their fourth birthday." The
 * school year runs 1 September to 31 August, so a child born on 1 September starts a year later
 * than one born on 31 August.
 */
export function receptionStart(birth: IsoDate): IsoDate {
  const year = yearOf(birth) + (monthOf(birth) >= 9 ? 5 : 4);
  return `${year}-09-01`;
}

/**
 * §5c: applications close on 15 January of the year the child starts; Hertfordshire's online
 * system opened on 1 November the autumn before ("1st November 2023 - online system opens").
 */
export function applicationWindow(reception: IsoDate): { opens: IsoDate; closes: IsoDate } {
  const year = yearOf(reception);
  return { opens: `${year - 1}-11-01`, closes: `${year}-01-15` };
}

/** §5c: offers on 16 April, "If either date falls on a weekend, confirmations are sent the next working day." */
export function offerDay(reception: IsoDate): IsoDate {
  let day = `${yearOf(reception)}-04-16`;
  const weekday = () => new Date(`${day}T00:00:00Z`).getUTCDay();
  while (weekday() === 0 || weekday() === 6) day = addDays(day, 1);
  return day;
}

/**
 * §5b: compulsory school age is reached "on 31 December, 31 March or 31 August following their
 * fifth birthday - whichever comes first"; full-time education must start at the next term.
 */
export function compulsorySchoolAgeDate(birth: IsoDate): IsoDate {
  const fifth = addYears(birth, 5);
  const year = yearOf(fifth);
  const candidates = [`${year}-03-31`, `${year}-08-31`, `${year}-12-31`];
  return candidates.find((date) => date >= fifth) ?? isoFromUtc(new Date(Date.UTC(year + 1, 2, 31)));
}

/** §5b: born 1 April – 31 August ("summer-born"): the family may ask for a later start. */
export function isSummerBorn(birth: IsoDate): boolean {
  const month = monthOf(birth);
  return month >= 4 && month <= 8;
}
