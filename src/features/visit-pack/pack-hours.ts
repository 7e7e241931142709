/** Opening times as lines of words for the QR text, the same words the page shows (OpeningTimes). */
import type { ScheduleView } from '../catalogue/model';
import { describeSchedule } from '../../lib/opening-times';
import type { Text } from '../pathways/text';

export function hoursLines(schedules: readonly ScheduleView[], locale: string, text: Text): string[] {
  const words = {
    allDay: text('schedule.allDay'),
    everyDay: text('schedule.everyDay'),
    range: (from: string, to: string) => text('schedule.range', { from, to }),
    list: (days: string, times: string) => text('schedule.list', { days, times }),
  };
  const lines = schedules.map((s) => describeSchedule(s, locale, words));
  // The source's own caveats ("except bank holidays"), once each, as the page shows them.
  const notes = [...new Set(schedules.flatMap((s) => s.description ?? []))].filter((n) => !lines.includes(n));
  return [...lines, ...notes];
}
