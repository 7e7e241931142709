/** "Open now, closes at 6pm" / "Closed, opens Tuesday 9am" / "Open 24 hours", in London time. */
import type { ScheduleView } from '../catalogue/model';
import { formatClock } from '../opening-times/opening-times';
import { openStatus, type Moment } from '../opening-times/open-now';
import { locale, useT } from '../../i18n/i18n';
import { useNow } from './now';
import './service.css';
import { weekdayName } from '../../lib/intl';

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const dayName = (m: Moment, lng: string) => weekdayName(m.weekday, lng);

export function useOpenStatusText(schedules: ScheduleView[]): { open: boolean; text: string } | null {
  const t = useT();
  const instant = useNow();
  const status = openStatus(schedules, instant);
  if (!status) return null;
  const lng = locale.value;
  if (status.open && status.alwaysOpen) return { open: true, text: t('openNow.always') };
  if (status.open) {
    const { daysAhead, minutes } = status.closesAt;
    const time = formatClock(clock(minutes), lng);
    // 2am after an evening session reads naturally as "closes at 2am"; further ahead needs the day.
    const soon = daysAhead === 0 || (daysAhead === 1 && minutes < 12 * 60);
    return {
      open: true,
      text: soon ? t('openNow.closesAt', { time }) : t('openNow.closesOn', { time, day: dayName(status.closesAt, lng) }),
    };
  }
  if (!status.nextOpen) return { open: false, text: t('openNow.closed') };
  const { daysAhead, minutes } = status.nextOpen;
  const time = formatClock(clock(minutes), lng);
  const text =
    daysAhead === 0
      ? t('openNow.opensToday', { time })
      : daysAhead === 1
        ? t('openNow.opensTomorrow', { time })
        : t('openNow.opensOn', { time, day: dayName(status.nextOpen, lng) });
  return { open: false, text };
}

/** The status as a line; nothing when the hours are not known (the times section says so). */
export function OpenStatusLine({ schedules }: { schedules: ScheduleView[] }) {
  const status = useOpenStatusText(schedules);
  if (!status) return null;
  return <p class={`open-status ${status.open ? 'open-status--open' : 'open-status--closed'}`}>{status.text}</p>;
}
