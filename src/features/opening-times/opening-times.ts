/**
 * Opening times in plain words, in the GOV.UK style for English
 * ("Monday to Friday, 8am to 6pm", "Saturday and Sunday, 9am to midday", "24 hours a day, every day").
 * Pure (apart from registering its English wording, ../../i18n/schedule-strings.ts): other
 * languages get the same shape with Intl day and time names.
 */
import { DAYS_OF_WEEK, type Weekday } from '../../lib/weekdays';
import type { ScheduleView } from '../catalogue/model';
import { dateTimeFormat, joinList, weekdayName } from '../../lib/intl';
import '../../i18n/schedule-strings';

export interface OpeningWords {
  allDay: string;
  everyDay: string;
  /** e.g. "{{from}} to {{to}}" already filled. */
  range: (from: string, to: string) => string;
  /** "{{days}}, {{times}}" filled: Arabic and Urdu join with their own comma "،". */
  list: (days: string, times: string) => string;
  /**
   * Words for sessions that do not run every week. The app always gives them (openingWords); a
   * caller that only words weekly hours may leave them out, and a repeat then reads as its days.
   */
  repeat?: RepeatWords;
}

/** The words for a session that does not run every week, each already filled in. */
export interface RepeatWords {
  /** "every other Tuesday" */
  everyOtherWeek: (days: string) => string;
  /** "every 3 weeks on Tuesday" */
  everyWeeks: (count: number, days: string) => string;
  /** "first and third Monday of the month" (`which` is a list of nth words) */
  nthOfMonth: (which: string, days: string) => string;
  /** "first", "second", …, "fifth"; week -1 is "last". */
  nth: (week: number) => string;
  /** "on day 1 and 15 of each month" */
  monthDays: (days: string) => string;
  /** "the last day", in a list of days of the month. */
  lastDay: string;
  /** "every 3 months: first Monday of the month" */
  everyMonths: (count: number, when: string) => string;
  /** The line, with "check with the service which weeks" (or months) when a first date is not given. */
  whichWeeks: (line: string) => string;
  whichMonths: (line: string) => string;
}

/** "9am", "8:30am", "midday", "midnight" in English; the locale's own clock elsewhere. */
export function formatClock(time: string, locale: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  if (!locale.startsWith('en')) {
    return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1, h % 24, m)),
    );
  }
  if ((h === 0 || h === 24) && m === 0) return 'midnight';
  if (h === 12 && m === 0) return 'midday';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 ? '' : `:${String(m).padStart(2, '0')}`;
  return `${hour12}${minutes}${h < 12 ? 'am' : 'pm'}`;
}

/** Consecutive runs of days, e.g. MO..FR → [[MO..FR]]; SA,SU → [[SA,SU]]; MO,WE → [[MO],[WE]]. */
function dayRuns(days: Weekday[]): Weekday[][] {
  const sorted = DAYS_OF_WEEK.filter((d) => days.includes(d));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && DAYS_OF_WEEK.indexOf(day) === DAYS_OF_WEEK.indexOf(prev) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

export function describeDays(days: Weekday[], locale: string, words: OpeningWords): string {
  if (DAYS_OF_WEEK.every((d) => days.includes(d))) return words.everyDay;
  // Three or more days in a row read as a range ("Monday to Friday"); shorter runs are listed.
  const parts = dayRuns(days).flatMap((run) => {
    const first = run[0] as Weekday;
    const last = run[run.length - 1] as Weekday;
    return run.length >= 3 ? [words.range(weekdayName(first, locale), weekdayName(last, locale))] : run.map((d) => weekdayName(d, locale));
  });
  return joinList(parts, locale);
}

/** "first and third Monday of the month and last Friday of the month": one phrase per weekday. */
function nthWords(nth: { week: number; day: Weekday }[], locale: string, words: RepeatWords): string[] {
  return DAYS_OF_WEEK.flatMap((day) => {
    const weeks = nth.filter((n) => n.day === day).map((n) => n.week);
    if (weeks.length === 0) return [];
    // First to fifth, then the last.
    const ordered = [...weeks.filter((w) => w > 0).sort((a, b) => a - b), ...weeks.filter((w) => w < 0)];
    return [words.nthOfMonth(joinList(ordered.map(words.nth), locale), weekdayName(day, locale))];
  });
}

/** When a session runs, in words: "Monday to Friday", "every other Tuesday", "first Monday of the month". */
function whenWords(schedule: ScheduleView, locale: string, words: OpeningWords): string {
  const r = schedule.repeat;
  const days = () => describeDays(schedule.days, locale, words);
  const say = words.repeat;
  if (!r || !say) return days();
  if (r.every === 'weeks') return r.interval === 2 ? say.everyOtherWeek(days()) : say.everyWeeks(r.interval, days());
  const monthDays = [
    ...r.monthDays
      .filter((d) => d > 0)
      .sort((a, b) => a - b)
      .map(String),
    ...(r.monthDays.includes(-1) ? [say.lastDay] : []),
  ];
  const parts = [...nthWords(r.nth, locale, say), ...(monthDays.length ? [say.monthDays(joinList(monthDays, locale))] : [])];
  const when = joinList(parts, locale);
  return r.interval === 1 ? when : say.everyMonths(r.interval, when);
}

const isAllDay = (s: ScheduleView) => s.opensAt === '00:00' && (s.closesAt === '24:00' || s.closesAt === '00:00');

/**
 * One line per schedule, e.g. "Monday to Friday, 8am to 6pm", "Every other Tuesday, 10am to
 * 11:30am", "First Monday of the month, 10am to midday". A session every other week (or every
 * few months) with no first date says to check which weeks: we cannot tell.
 */
export function describeSchedule(schedule: ScheduleView, locale: string, words: OpeningWords): string {
  const days = whenWords(schedule, locale, words);
  const times = isAllDay(schedule)
    ? words.allDay
    : words.range(formatClock(schedule.opensAt, locale), formatClock(schedule.closesAt, locale));
  const capitalised = days.charAt(0).toLocaleUpperCase(locale) + days.slice(1);
  const line = isAllDay(schedule) && days === words.everyDay ? words.list(words.allDay, days) : words.list(capitalised, times);
  const r = schedule.repeat;
  if (!r || !words.repeat || r.interval === 1 || r.start !== undefined) return line;
  return r.every === 'weeks' ? words.repeat.whichWeeks(line) : words.repeat.whichMonths(line);
}

/** The words from the interface strings (schedule.*), for the page and the visit pack alike. */
export function openingWords(t: (key: string, vars?: Record<string, unknown>) => string): OpeningWords {
  return {
    allDay: t('schedule.allDay'),
    everyDay: t('schedule.everyDay'),
    range: (from, to) => t('schedule.range', { from, to }),
    list: (days, times) => t('schedule.list', { days, times }),
    repeat: {
      everyOtherWeek: (days) => t('schedule.everyOtherWeek', { days }),
      everyWeeks: (count, days) => t('schedule.everyWeeks', { count, days }),
      nthOfMonth: (which, days) => t('schedule.nthOfMonth', { which, days }),
      nth: (week) => t(week < 0 ? 'schedule.nth.last' : `schedule.nth.${week}`),
      monthDays: (days) => t('schedule.monthDays', { days }),
      lastDay: t('schedule.lastDay'),
      everyMonths: (count, when) => t('schedule.everyMonths', { count, when }),
      whichWeeks: (line) => t('schedule.whichWeeks', { line }),
      whichMonths: (line) => t('schedule.whichMonths', { line }),
    },
  };
}
