/** Opening times in plain words, or a clear "check before you go" when we do not know them. */
import type { ScheduleView } from '../catalogue/model';
import { formatDate } from '../../lib/dates';
import { londonTime, weekdayOf } from '../opening-times/london-time';
import { describeSchedule, openingWords } from '../opening-times/opening-times';
import { nextSessionDate } from '../opening-times/session-dates';
import { weekdayName } from '../../lib/intl';
import { useNow } from './now';
import { locale, useT } from '../../i18n/i18n';

/** For a session not every week: which date is next ("every other Tuesday" alone does not say). */
function NextSession({ schedule }: { schedule: ScheduleView }) {
  const t = useT();
  const instant = useNow();
  const london = londonTime(instant);
  const next = nextSessionDate(schedule, london.date, london.minutes);
  if (!next) return null;
  const lng = locale.value;
  return <span class="hint"> ({t('schedule.next', { day: weekdayName(weekdayOf(next), lng), date: formatDate(next, lng) })})</span>;
}

export function OpeningTimes({ schedules }: { schedules: ScheduleView[] }) {
  const t = useT();
  if (schedules.length === 0) return <p>{t('service.timesUnknown')}</p>;
  const lng = locale.value;
  const words = openingWords(t as (key: string, vars?: Record<string, unknown>) => string);
  // One list of hours: the source's own wording (schedule.description) mostly restates them, so
  // only its caveats ("except public holidays"), copied word for word into `note`, are shown.
  const notes = [...new Set(schedules.flatMap((s) => s.note ?? []))];
  return (
    <>
      <ul class="list">
        {schedules.map((s, i) => (
          <li key={i}>
            {describeSchedule(s, lng, words)}
            {s.validFrom && <span class="hint"> ({t('schedule.from', { date: formatDate(s.validFrom, lng) })})</span>}
            <NextSession schedule={s} />
          </li>
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} class="hint" lang="en" dir="ltr">
          {note}
        </p>
      ))}
    </>
  );
}
