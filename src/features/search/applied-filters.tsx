/** The filters in use, each a link that removes it (works without JavaScript), and "Clear all". */
import type { Catalogue } from '../catalogue/model';
import { NO_FILTERS, type Filters } from '../filters/model';
import { searchUrl, type SearchState } from '../filters/url';
import { districts } from '../../config/area';
import { locale, useT } from '../../i18n/i18n';
import { termLabel } from '../catalogue/term-label';
import { weekdayName } from '../../lib/intl';

interface Chip {
  label: string;
  without: Partial<Filters>;
}

export function AppliedFilters({ state, catalogue }: { state: SearchState; catalogue: Catalogue }) {
  const t = useT();
  const f = state.filters;
  const termName = (id: string) => termLabel(t, id, catalogue.terms.find((term) => term.id === id)?.name);
  const chips: Chip[] = [
    ...f.stages.map((id) => ({ label: termName(id), without: { stages: f.stages.filter((x) => x !== id) } })),
    ...f.categories.map((id) => ({ label: termName(id), without: { categories: f.categories.filter((x) => x !== id) } })),
    ...(f.age
      ? [{ label: t('filters.ageChip', { value: f.age.value, unit: t(`filters.${f.age.unit}`) }), without: { age: undefined } }]
      : []),
    ...f.delivery.map((d) => ({ label: t(`filters.delivery.${d}`), without: { delivery: f.delivery.filter((x) => x !== d) } })),
    ...(f.openNow ? [{ label: t('filters.openNow'), without: { openNow: false } }] : []),
    ...(f.day ? [{ label: `${t('filters.day')}: ${weekdayName(f.day, locale.value)}`, without: { day: undefined } }] : []),
    ...(f.freeOnly ? [{ label: t('filters.freeOnly'), without: { freeOnly: false } }] : []),
    ...(f.district
      ? [{ label: districts.find((d) => d.ladCode === f.district)?.name ?? f.district, without: { district: undefined } }]
      : []),
    ...f.languages.map((l) => ({ label: l, without: { languages: f.languages.filter((x) => x !== l) } })),
  ];
  if (chips.length === 0) return null;
  return (
    <div class="applied-filters">
      <h2 class="applied-filters__heading">{t('search.appliedHeading')}</h2>
      <ul class="applied-filters__list">
        {chips.map((chip) => (
          <li key={chip.label}>
            <a
              class="applied-filters__chip"
              href={searchUrl({ ...state, filters: { ...f, ...chip.without } })}
              aria-label={t('search.removeFilter', { label: chip.label })}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        <li>
          <a href={searchUrl({ query: state.query, filters: NO_FILTERS })}>{t('search.clearFilters')}</a>
        </li>
      </ul>
    </div>
  );
}
