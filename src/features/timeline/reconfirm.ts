/**
 * §4d: a working family's childcare code has to be reconfirmed every 3 months, or the
 * working-family hours stop. The shared rules file says "reconfirm every 3 months" without a
 * quote; the quote is from Dorset Council's page (the scheme is HMRC's, the same across England),
 * https://www.dorsetcouncil.gov.uk/-/reconfirm-your-eligibility-for-30-hours-funded-childcare-andor-tax-free-childcare
 * (the stored copy shows no date):
 *   "You must reconfirm your eligibility every 3 months" / "You must reconfirm 3 months from the
 *   date you applied, even if you haven't started using these funding schemes yet." / "You can
 *   reconfirm your eligibility up to 4 weeks before your reconfirmation date." / "Your eligibility
 *   for Tax-Free Childcare and/or 30 hours funded childcare will end if you miss the
 *   reconfirmation deadline."
 * The exact dates run from the day the family applied, which the app does not know; the plan
 * counts from the first day the hours can start (a family applying just before that term gets
 * about these dates), says "about", and sends the family to their childcare account for the
 * exact date.
 */
import { addMonths, type IsoDate } from './calendar-dates';

export const RECONFIRM_EVERY_MONTHS = 3;

/** "You can reconfirm … up to 4 weeks before": the calendar reminder comes when that opens. */
export const RECONFIRM_REMIND_DAYS = 28;

/** Every date `everyMonths` apart from `first` up to `last` inclusive (month ends clamp, from `first` each time). */
export function repeatingDates(first: IsoDate, last: IsoDate, everyMonths: number): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let step = 0; ; step++) {
    const date = addMonths(first, step * everyMonths);
    if (date > last) return dates;
    dates.push(date);
  }
}

/**
 * The reconfirmation dates while the working-family hours last: 3 months after they can start,
 * then every 3 months, the last one before the day school starts (the hours end then).
 */
export function reconfirmDates(hoursStart: IsoDate, schoolStart: IsoDate): IsoDate[] {
  const first = addMonths(hoursStart, RECONFIRM_EVERY_MONTHS);
  const dates = repeatingDates(first, schoolStart, RECONFIRM_EVERY_MONTHS);
  return dates.filter((date) => date < schoolStart);
}

/** The first of `dates` on or after `today`, if any. */
export const nextDate = (dates: readonly IsoDate[], today: IsoDate): IsoDate | undefined => dates.find((date) => date >= today);
