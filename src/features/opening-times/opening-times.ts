/**
 * Opening times in plain words, in the GOV.UK style for English
 * ("Monday to Friday, 8am to 6pm", "Saturday and Sunday, 9am to midday", "24 hours a day, every day").
 * Pure: other languages get the same shape with Intl day and time names.
 */
import { DAYS_OF_WEEK, type Weekday } from '../../lib/weekdays';
import type { ScheduleView } from '../catalogue/model';
import { dateTimeFormat, joinList, weekdayName } from '../../lib/intl';

export interface OpeningWords {
  allDay: string;
  everyDay: string;
  /** e.g. "{{from}} to {{to}}" already filled. */
  range: (from: string, to: string) => string;
  /** "{{days}}, {{times}}" filled: Arabic and Urdu join with their own comma "،". */
  list: (days: string, times: string) => string;
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

const isAllDay = (s: ScheduleView) => s.opensAt === '00:00' && (s.closesAt === '24:00' || s.closesAt === '00:00');

/** One line per schedule, e.g. "Monday to Friday, 8am to 6pm". */
export function describeSchedule(schedule: ScheduleView, locale: string, words: OpeningWords): string {
  const days = describeDays(schedule.days, locale, words);
  const times = isAllDay(schedule)
    ? words.allDay
    : words.range(formatClock(schedule.opensAt, locale), formatClock(schedule.closesAt, locale));
  const capitalised = days.charAt(0).toLocaleUpperCase(locale) + days.slice(1);
  return isAllDay(schedule) && days === words.everyDay ? words.list(words.allDay, days) : words.list(capitalised, times);
}
