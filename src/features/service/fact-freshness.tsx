/**
 * Beside the contact details: how old they are (the span of their pages' dates), the age warning
 * (it follows the oldest fact, see fact-ages.ts), national numbers marked as such, and whether a
 * person has checked them with the service. With no recorded verification, it says so plainly.
 */
import type { ServiceView } from '../catalogue/model';
import { formatDate } from '../../lib/dates';
import { locale, useT } from '../../i18n/i18n';
import { factAges, serviceFacts } from './fact-ages';

/** Today as YYYY-MM-DD; the age of a page is judged at day granularity, so UTC is close enough. */
const todayIso = () => new Date().toISOString().slice(0, 10);

export function FactFreshness({ service, today = todayIso() }: { service: ServiceView; today?: string }) {
  const t = useT();
  const lng = locale.value;
  const facts = serviceFacts(service);
  if (facts.length === 0) return null;
  const ages = factAges(facts, today);
  const datedCount = facts.length - ages.national.length - ages.undated;
  const nationalNumbers = ages.national.filter((f) => f.kind === 'phone' || f.kind === 'text').map((f) => f.what);
  return (
    <div class="fact-freshness">
      {ages.warning === 'old' && ages.oldest && (
        <div class="warning">
          <p>{t('service.oldFacts', { date: formatDate(ages.oldest, lng) })}</p>
        </div>
      )}
      {ages.warning === 'undated' && (
        <div class="warning">
          <p>{t('service.undatedFacts')}</p>
        </div>
      )}
      {nationalNumbers.length > 0 && <p class="hint">{t('service.factsNational', { numbers: nationalNumbers.join(', ') })}</p>}
      {ages.oldest && ages.newest && ages.oldest !== ages.newest && (
        <p class="hint">
          {t('service.factsRange', { from: formatDate(ages.oldest, lng), to: formatDate(ages.newest, lng) })}
          {ages.undated > 0 && ` ${t('service.factsSomeUndated')}`}
        </p>
      )}
      {ages.oldest && ages.oldest === ages.newest && (
        <p class="hint">
          {t('service.factsOneDate', { date: formatDate(ages.oldest, lng) })}
          {ages.undated > 0 && ` ${t('service.factsSomeUndated')}`}
        </p>
      )}
      {datedCount === 0 && ages.undated > 0 && <p class="hint">{t('service.factsAllUndated')}</p>}
      <p>
        {service.verification
          ? t('service.verified', {
              role: service.verification.byRole,
              date: formatDate(service.verification.on, lng),
              how: service.verification.how,
            })
          : t('service.notVerified')}
      </p>
    </div>
  );
}
