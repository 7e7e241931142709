/**
 * Which calendar dates a schedule runs on, for "open now" and "opens …": every week on its days,
 * every other (or every n-th) week counted from a first session, or monthly on a weekday's place
 * in the month ("first Monday", "last Friday") or a day of the month. Pure; dates are London
 * calendar dates (YYYY-MM-DD), so no time zone is involved.
 */
import type { ScheduleView } from '../catalogue/model';
import { addDays, clockMinutes, weekdayOf } from './london-time';

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
const daysInMonth = (date: string) => new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 0)).getUTCDate();
/** Whole weeks between the Mondays of two dates' weeks. */
const weeksBetween = (from: string, to: string) => {
  const monday = (d: string) => dayNumber(d) - ((new Date(dayNumber(d) * 86_400_000).getUTCDay() + 6) % 7);
  return Math.round((monday(to) - monday(from)) / 7);
};
const monthsBetween = (from: string, to: string) => (+to.slice(0, 4) - +from.slice(0, 4)) * 12 + (+to.slice(5, 7) - +from.slice(5, 7));

/**
 * Whether we can tell the dates at all: a session every other week (or every n-th month) with no
 * first date could be this week or next, so "open now" must not be claimed for it.
 */
export function datesKnown(s: ScheduleView): boolean {
  return !s.repeat || s.repeat.interval === 1 || s.repeat.start !== undefined;
}

/** Whether the schedule runs on this date (false when its dates are not known: see datesKnown). */
export function runsOn(s: ScheduleView, date: string): boolean {
  if ((s.validFrom && date < s.validFrom) || (s.validTo && date > s.validTo)) return false;
  const r = s.repeat;
  if (!r) return s.days.includes(weekdayOf(date));
  if (!datesKnown(s)) return false;
  if (r.start && date < r.start) return false;
  if (r.every === 'weeks') return s.days.includes(weekdayOf(date)) && (!r.start || weeksBetween(r.start, date) % r.interval === 0);
  if (r.start && monthsBetween(r.start, date) % r.interval !== 0) return false;
  const day = +date.slice(8, 10);
  const last = daysInMonth(date);
  const weekday = weekdayOf(date);
  const onNth = r.nth.some(
    (n) => n.day === weekday && (n.week > 0 ? Math.ceil(day / 7) === n.week : day + 7 * -n.week > last && day + 7 * (-n.week - 1) <= last),
  );
  const onMonthDay = r.monthDays.some((m) => (m > 0 ? m === day : day === last + m + 1));
  return onNth || onMonthDay;
}

/** How far ahead to look for a session's next date: past the longest gap of a monthly session. */
const NEXT_HORIZON_DAYS = 62;

/**
 * The next date (London) a session that does not run every week is on, from `today` at `minutes`
 * past midnight (today's counts until it closes); undefined for a weekly one, one whose dates are
 * not known, or none within two months. The page shows it, so "every other Tuesday" says which.
 */
export function nextSessionDate(s: ScheduleView, today: string, minutes: number): string | undefined {
  if (!s.repeat || !datesKnown(s)) return undefined;
  const closes = clockMinutes(s.closesAt);
  const overToday = closes > clockMinutes(s.opensAt) && minutes >= closes;
  for (let day = overToday ? 1 : 0; day <= NEXT_HORIZON_DAYS; day++) {
    const date = addDays(today, day);
    if (runsOn(s, date)) return date;
  }
  return undefined;
}
