/**
 * The plan as words: when each item happens, the plan as plain text (for the QR code) and as
 * calendar events. `t` and the locale are passed in, so this is plain, testable code.
 */
import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/dates';
import type { CalendarEvent } from './ics';
import type { PlanItem } from './timeline';
import type { PlannedChild } from './plan-store';
import { RECONFIRM_REMIND_DAYS, repeatingDates } from './reconfirm';

type T = TFunction;

/** Items whose date is a deadline ("by 15 January") rather than a window. */
const DEADLINES = new Set(['register-birth']);
/** Items that start on a date and carry on (funded hours until school). */
const FROM_DATE = new Set([
  'hours-working-9-months',
  'hours-2-year-olds',
  'hours-universal-15',
  'hours-working-30',
  'healthy-start-pregnancy',
  'healthy-start-child',
]);

export function whenText(item: PlanItem, t: T, locale: string): string {
  const date = (iso: string) => formatDate(iso, locale);
  if (item.repeatMonths && item.end) return t('plan.repeat', { start: date(item.start), end: date(item.end) });
  if (DEADLINES.has(item.id) && item.end) return t('plan.by', { date: date(item.end) });
  if (FROM_DATE.has(item.id) || !item.end)
    return item.end ? t('plan.from', { date: date(item.start) }) : t('plan.on', { date: date(item.start) });
  return t('plan.window', { start: date(item.start), end: date(item.end) });
}

export function vaccinesText(item: PlanItem, t: T, joinList: (items: string[]) => string): string | undefined {
  if (!item.vaccines) return undefined;
  return t('plan.vaccines', { list: joinList(item.vaccines.map((v) => t(`plan.vaccine.${v}`))) });
}

export function childHeading(child: PlannedChild, index: number, t: T, locale: string): string {
  const name = child.name || t('plan.child', { number: index + 1 });
  const when = t(child.kind === 'due' ? 'plan.dueOn' : 'plan.bornOn', { date: formatDate(child.date, locale) });
  return `${name}: ${when}`;
}

/** The upcoming items as short lines, for a QR code a family scans into their phone. */
export function planAsText(children: { child: PlannedChild; items: PlanItem[] }[], t: T, locale: string): string {
  return children
    .map(({ child, items }, index) =>
      [
        childHeading(child, index, t, locale),
        ...items.map((item) => `- ${t(`plan.item.${item.id}.title`)}: ${whenText(item, t, locale)}`),
      ].join('\n'),
    )
    .join('\n\n');
}

const REMIND_DAYS = 7;

export function calendarEvents(
  child: PlannedChild,
  items: PlanItem[],
  t: T,
  locale: string,
  joinList: (items: string[]) => string,
): CalendarEvent[] {
  return items.map((item) => {
    const title = t(`plan.item.${item.id}.title`);
    const summary = child.name ? `${title} (${child.name})` : title;
    const description = [
      t(`plan.item.${item.id}.text`),
      vaccinesText(item, t, joinList),
      whenText(item, t, locale),
      t('plan.source', { section: item.section }),
      item.estimated ? t('plan.estimated') : undefined,
    ]
      .filter(Boolean)
      .join('\n');
    const uid = `${child.id}-${item.id}@best-start-finder`;
    const reminderText = t('plan.remindText', { title: summary });
    // The reconfirmation is one event on each date, not one long event: the reminder comes as the
    // reconfirming opens, 4 weeks before each date.
    if (item.repeatMonths && item.end) {
      const count = repeatingDates(item.start, item.end, item.repeatMonths).length;
      const repeat = { everyMonths: item.repeatMonths, count };
      return { uid, start: item.start, summary, description, repeat, remindDaysBefore: RECONFIRM_REMIND_DAYS, reminderText };
    }
    return {
      uid,
      start: item.start,
      ...(item.end ? { end: item.end } : {}),
      summary,
      description,
      remindDaysBefore: REMIND_DAYS,
      reminderText,
    };
  });
}
