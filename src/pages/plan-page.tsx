/**
 * My family's plan (/plan): due dates and dates of birth kept on this device, and for each child
 * what comes now, next and what is done or missed, from ../shared/data/timeline/timeline_rules_sources.md.
 * Add to calendar (.ics made on the device), print one A4 page, or a QR code to give to the family.
 */
import '../features/timeline/plan-strings';
import { useMemo, useState } from 'preact/hooks';
import { Page } from '../components/page';
import { WithCatalogue } from '../components/with-catalogue';
import { DistrictOptions } from '../components/district-options';
import type { Catalogue } from '../features/catalogue/model';
import { QrCode } from '../features/pathways/qr-code';
import { todayInUk } from '../features/timeline/calendar-dates';
import { ChildForm } from '../features/timeline/child-form';
import { ChildPlan, downloadCalendar } from '../features/timeline/child-plan';
import { childHeading, planAsText, whenText } from '../features/timeline/plan-text';
import { loadPlan, plan, planWrite, setDistrict } from '../features/timeline/plan-store';
import { buildPlan, statusOf, type PlanItem } from '../features/timeline/timeline';
import { locale, useT } from '../i18n/i18n';
import '../features/pathways/pathways.css';
import '../features/timeline/plan.css';

const QR_ITEMS_PER_CHILD = 6;

function upcoming(items: PlanItem[], today: string): PlanItem[] {
  return items.filter((item) => statusOf(item, today) !== 'past');
}

function PrintedPlan({ today }: { today: string }) {
  const t = useT();
  const children = plan.value.children.map((child) => ({ child, items: upcoming(buildPlan(child), today) }));
  // The QR code holds the nearest items only: the whole plan would need a code too dense for a
  // phone camera to read across a room (and thousands of shapes to draw). The print has everything.
  const qrText = planAsText(
    children.map(({ child, items }) => ({ child, items: items.slice(0, QR_ITEMS_PER_CHILD) })),
    t,
    locale.value,
  );
  return (
    <section class="plan-give" aria-labelledby="plan-give-title">
      <h2 id="plan-give-title" class="no-print">
        {t('plan.give')}
      </h2>
      <div class="plan-print">
        {children.map(({ child, items }, index) => (
          <div key={child.id} class="plan-print__child">
            {/* Not a heading: on screen this block is hidden and the full plan's headings say the same. */}
            <p class="plan-print__name">{childHeading(child, index, t, locale.value)}</p>
            <ul class="plan-print__list">
              {items.map((item) => (
                <li key={item.id}>
                  <strong>{t(`plan.item.${item.id}.title`)}</strong>: {whenText(item, t, locale.value)}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p class="hint">{t('plan.check')}</p>
      </div>
      <figure class="give__qr">
        <QrCode text={qrText} label={t('plan.qrLabel')} tooLong={<p class="warning">{t('plan.qrTooLong')}</p>} />
        <figcaption class="hint">{t('plan.scanHint')}</figcaption>
      </figure>
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
      </p>
    </section>
  );
}

function PlanContent({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  const today = useMemo(() => todayInUk(), []);
  const { children, district } = plan.value;
  const downloadAll = () =>
    downloadCalendar(
      children.map((child) => ({ child, items: upcoming(buildPlan(child), today) })),
      t,
      'family-plan.ics',
    );
  return (
    <Page title={t('plan.title')}>
      <p class="lead no-print">{t('plan.lead')}</p>
      <p class="hint no-print">{t('plan.check')}</p>
      <p class="no-print">
        <a href="/healthy-babies">{t('plan.offerLink')}</a>
      </p>
      {planWrite.value !== 'ok' && (
        <p class="warning" role="alert">
          {t('plan.errors.storage')}
        </p>
      )}
      <ChildForm today={today} />
      <div class="no-print">
        <label class="label" for="plan-district">
          {t('plan.district')}
        </label>
        <select
          id="plan-district"
          class="input filters__select"
          value={district ?? ''}
          onChange={(e) => setDistrict((e.currentTarget as HTMLSelectElement).value || undefined)}
        >
          <DistrictOptions anyLabel={t('plan.districtAll')} />
        </select>
      </div>
      {children.length === 0 ? (
        <p>{t('plan.empty')}</p>
      ) : (
        <>
          <div class="plan-children">
            {children.map((child, index) => (
              <ChildPlan key={child.id} child={child} index={index} today={today} catalogue={catalogue} district={district} />
            ))}
          </div>
          <section class="no-print" aria-labelledby="plan-calendar-title">
            <h2 id="plan-calendar-title">{t('plan.calendarOne')}</h2>
            <p class="hint">{t('plan.calendarHint')}</p>
            <button type="button" class="button" onClick={downloadAll}>
              {t('plan.calendarAll')}
            </button>
          </section>
          <PrintedPlan today={today} />
        </>
      )}
    </Page>
  );
}

export default function PlanPage() {
  // Read the device's plan before the first render, so a stored plan never flashes "no child".
  useState(() => loadPlan());
  return <WithCatalogue>{(catalogue) => <PlanContent catalogue={catalogue} />}</WithCatalogue>;
}
