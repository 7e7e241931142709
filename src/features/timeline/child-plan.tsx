/** One child's plan: now, next, then done or missed, each item with its date, source and who can help. */
import type { Catalogue } from '../catalogue/model';
import { locale, useT } from '../../i18n/i18n';
import { termLabel } from '../catalogue/term-label';
import { formatDate } from '../../lib/dates';
import { joinList } from '../../lib/intl';
import { buildIcs, icsStamp } from './ics';
import { categoriesFor, servicesFor } from './item-services';
import { pathwayLinkFor } from './item-pathway';
import { siteName, sourcesFor } from './rule-sources';
import { calendarEvents, childHeading, vaccinesText, whenText } from './plan-text';
import { removeChild, type PlannedChild } from './plan-store';
import { downloadText } from './download';
import { useState } from 'preact/hooks';
import { groupPlan, type ItemId, type PlanItem, type Status } from './timeline';
import { nextDate, repeatingDates } from './reconfirm';
import type { IsoDate } from './calendar-dates';
import { categoryPath } from '../../lib/paths';
import { ServiceLinks } from '../../components/service-links';

const ICS_TYPE = 'text/calendar;charset=utf-8';

/** One calendar file holding the given items of each child, made on the device. */
export function downloadCalendar(
  entries: { child: PlannedChild; items: PlanItem[] }[],
  t: ReturnType<typeof useT>,
  fileName: string,
): void {
  const events = entries.flatMap(({ child, items }) =>
    calendarEvents(child, items, t, locale.value, (list) => joinList(list, locale.value)),
  );
  downloadText(buildIcs(events, icsStamp(new Date())), fileName, ICS_TYPE);
}

function ItemServices({ id, catalogue, district }: { id: ItemId; catalogue: Catalogue; district?: string }) {
  const t = useT();
  const services = servicesFor(id, catalogue.services, district);
  const category = categoriesFor(id)[0];
  return (
    <>
      {services.length === 0 ? <p>{t('plan.noServices')}</p> : <ServiceLinks services={services} />}
      {category && (
        <p>
          <a href={categoryPath(category)}>{t('plan.moreServices', { category: termLabel(t, category) })}</a>
        </p>
      )}
    </>
  );
}

/** "Rule: §3d. Source: gov.uk, 12 July 2024": the page behind the rule, with its date. */
function ItemSources({ item }: { item: PlanItem }) {
  const t = useT();
  return (
    <p class="hint plan-item__source">
      {t('plan.source', { section: item.section })}{' '}
      {sourcesFor(item.id, item.section).map(({ section, source }, index) => (
        <span key={section}>
          {index > 0 && '; '}
          <a href={source.url} rel="noopener noreferrer">
            {siteName(source.url)}
          </a>{' '}
          ({source.date === 'undated' ? t('plan.undated') : formatDate(source.date, locale.value)})
        </span>
      ))}
    </p>
  );
}

function PlanItemCard({
  item,
  child,
  catalogue,
  district,
  today,
}: {
  item: PlanItem;
  child: PlannedChild;
  catalogue: Catalogue;
  district?: string;
  today: IsoDate;
}) {
  const t = useT();
  const next = item.repeatMonths && item.end ? nextDate(repeatingDates(item.start, item.end, item.repeatMonths), today) : undefined;
  const vaccines = vaccinesText(item, t, (list) => joinList(list, locale.value));
  const [helpOpen, setHelpOpen] = useState(false);
  const pathway = pathwayLinkFor(item.id);
  return (
    <li class="plan-item" data-item={item.id}>
      <h4 class="plan-item__title">{t(`plan.item.${item.id}.title`)}</h4>
      <p class="plan-item__when">
        <strong>{whenText(item, t, locale.value)}</strong>
        {item.estimated && <span class="hint"> ({t('plan.estimated')})</span>}
      </p>
      {next && <p class="plan-item__next">{t('plan.repeatNext', { date: formatDate(next, locale.value) })}</p>}
      {item.applyFrom && <p>{t('plan.applyFrom', { date: formatDate(item.applyFrom, locale.value) })}</p>}
      {item.condition === 'working' && <p class="plan-item__who">{t('plan.forWorking')}</p>}
      {item.condition === 'support' && <p class="plan-item__who">{t('plan.forSupport')}</p>}
      <p>{t(`plan.item.${item.id}.text`)}</p>
      {vaccines && <p>{vaccines}</p>}
      {item.summerBorn && <p>{t('plan.summerBorn')}</p>}
      <ItemSources item={item} />
      <details class="plan-item__help no-print" onToggle={(e) => setHelpOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('plan.helps')}</summary>
        {/* Drawn when opened: a plan has dozens of items, and a cheap phone need not lay out every list. */}
        {helpOpen && <ItemServices id={item.id} catalogue={catalogue} district={district} />}
        {helpOpen && pathway && (
          <p>
            <a href={pathway}>
              {t('plan.pathwayLink')}
              <span class="visually-hidden">: {t(`plan.item.${item.id}.title`)}</span>
            </a>
          </p>
        )}
      </details>
      <button
        type="button"
        class="button button--secondary no-print plan-item__calendar"
        onClick={() => downloadCalendar([{ child, items: [item] }], t, `${item.id}.ics`)}
      >
        {t('plan.calendarOne')}
        <span class="visually-hidden">: {t(`plan.item.${item.id}.title`)}</span>
      </button>
    </li>
  );
}

const ORDER: Status[] = ['now', 'next', 'past'];

export function ChildPlan({
  child,
  index,
  today,
  catalogue,
  district,
}: {
  child: PlannedChild;
  index: number;
  today: IsoDate;
  catalogue: Catalogue;
  district?: string;
}) {
  const t = useT();
  const grouped = groupPlan(child, today);
  const headingId = `child-${child.id}`;
  return (
    <section class="plan-child" aria-labelledby={headingId}>
      <h2 id={headingId}>{childHeading(child, index, t, locale.value)}</h2>
      {grouped.dueDatePassed && <p class="notice">{t('plan.duePassed')}</p>}
      {ORDER.map((status) =>
        grouped[status].length === 0 ? null : (
          <div key={status} class={`plan-group plan-group--${status}${status === 'past' ? ' no-print' : ''}`}>
            <h3>{t(`plan.${status}`)}</h3>
            {status === 'past' && <p class="hint">{t('plan.pastHint')}</p>}
            <ol class="plan-list">
              {grouped[status].map((item) => (
                <PlanItemCard key={item.id} item={item} child={child} catalogue={catalogue} district={district} today={today} />
              ))}
            </ol>
          </div>
        ),
      )}
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={() => removeChild(child.id)}>
          {t('plan.remove')}
          <span class="visually-hidden">: {childHeading(child, index, t, locale.value)}</span>
        </button>
      </p>
    </section>
  );
}
