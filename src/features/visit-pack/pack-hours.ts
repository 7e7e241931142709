/** Opening times as lines of words for the QR text, the same words the page shows (OpeningTimes). */
import type { ScheduleView, ServiceView } from '../catalogue/model';
import { hoursAreByLine } from '../opening-times/open-now';
import { describeSchedule, openingWords } from '../opening-times/opening-times';
import type { Text } from '../pathways/text';

export function hoursLines(schedules: readonly ScheduleView[], locale: string, text: Text): string[] {
  const words = openingWords(text);
  const lines = schedules.map((s) => describeSchedule(s, locale, words));
  // The source's caveats ("except public holidays"), once each, as the page shows them (OpeningTimes).
  const notes = [...new Set(schedules.flatMap((s) => s.note ?? []))].filter((n) => !lines.includes(n));
  return [...lines, ...notes];
}

/** A service's hours for the QR text: the whole service's, or each phone line's own, named by its number. */
export function serviceHoursLines(service: ServiceView, locale: string, text: Text): string[] {
  if (!hoursAreByLine(service)) return hoursLines(service.schedules, locale, text);
  return service.phones.flatMap((phone) =>
    phone.schedules?.length ? hoursLines(phone.schedules, locale, text).map((line) => `${phone.number}: ${line}`) : [],
  );
}
