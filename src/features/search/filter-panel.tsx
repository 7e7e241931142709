/**
 * The filters, as plain form fields inside the search form (so they work without JavaScript
 * through "Apply filters"); with JavaScript each change applies at once. Options come from
 * the catalogue: a filter with nothing to choose (languages, today) is not shown.
 */
import { useState } from 'preact/hooks';
import type { Catalogue } from '../catalogue/model';
import { categoryTerms, LIFE_STAGE_IDS } from '../catalogue/queries';
import type { Filters } from '../filters/model';
import { DELIVERIES } from '../filters/model';
import { languageOptions } from '../filters/match';
import { DistrictOptions } from '../../components/district-options';
import { DAYS_OF_WEEK } from '../../lib/weekdays';
import { termLabel } from '../catalogue/term-label';
import { locale, useT } from '../../i18n/i18n';
import { weekdayName } from '../../lib/intl';

type Option = { value: string; label: string };

function Checkboxes({ legend, name, options, chosen }: { legend: string; name: string; options: Option[]; chosen: string[] }) {
  return (
    <fieldset class="filters__group">
      <legend class="filters__legend">{legend}</legend>
      {options.map((o) => (
        <Check key={o.value} id={`f-${name}-${o.value}`} name={name} value={o.value} checked={chosen.includes(o.value)} label={o.label} />
      ))}
    </fieldset>
  );
}

function Check({ id, name, value, checked, label }: { id: string; name: string; value: string; checked: boolean; label: string }) {
  return (
    <div class="filters__check">
      <input type="checkbox" id={id} name={name} value={value} checked={checked} />
      <label for={id}>{label}</label>
    </div>
  );
}

interface PanelProps {
  catalogue: Catalogue;
  filters: Filters;
  applied: number;
}

/**
 * A closed panel with no filters applied renders only its summary: its hundred-odd fields would
 * cost a cheap phone a long task on every search page. With filters applied the fields stay
 * (even when closed), because the form sends them with each search.
 * The panel opens only when asked, and "Apply filters" closes it and calls `onApply` (the page
 * moves focus to its results), so the first result is not screens below the filters.
 */
export function FilterPanel({ onApply, ...props }: PanelProps & { onApply?: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const apply = () => {
    setOpen(false);
    onApply?.();
  };
  return (
    <details class="filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="filters__summary">{t('filters.heading', { count: props.applied })}</summary>
      {(open || props.applied > 0) && <FilterFields {...props} onApply={apply} />}
    </details>
  );
}

function FilterFields({ catalogue, filters, onApply }: PanelProps & { onApply: () => void }) {
  const t = useT();
  const lng = locale.value;
  const languages = languageOptions(catalogue.services);
  return (
    <>
      <Checkboxes
        legend={t('filters.stage')}
        name="stage"
        chosen={filters.stages}
        options={LIFE_STAGE_IDS.map((id) => ({ value: id, label: termLabel(t, id) }))}
      />
      <fieldset class="filters__group">
        <legend class="filters__legend">{t('filters.age')}</legend>
        <p class="hint" id="f-age-hint">
          {t('filters.ageHint')}
        </p>
        <div class="filters__age">
          <label for="f-age" class="visually-hidden">
            {t('filters.ageValue')}
          </label>
          <input
            id="f-age"
            name="age"
            class="input filters__age-input"
            type="number"
            inputMode="numeric"
            min={0}
            max={300}
            aria-describedby="f-age-hint"
            value={filters.age?.value ?? ''}
          />
          <label for="f-age-unit" class="visually-hidden">
            {t('filters.ageUnit')}
          </label>
          <select id="f-age-unit" name="ageUnit" class="input filters__select" value={filters.age?.unit ?? 'years'}>
            <option value="years">{t('filters.years')}</option>
            <option value="months">{t('filters.months')}</option>
          </select>
        </div>
      </fieldset>
      <Checkboxes
        legend={t('filters.how')}
        name="how"
        chosen={filters.delivery}
        options={DELIVERIES.map((d) => ({ value: d, label: t(`filters.delivery.${d}`) }))}
      />
      <fieldset class="filters__group">
        <legend class="filters__legend">{t('filters.when')}</legend>
        <Check id="f-open" name="open" value="now" checked={filters.openNow} label={t('filters.openNow')} />
        <label for="f-day" class="label filters__label">
          {t('filters.day')}
        </label>
        <select id="f-day" name="day" class="input filters__select" value={filters.day ?? ''}>
          <option value="">{t('filters.anyDay')}</option>
          {DAYS_OF_WEEK.map((d) => (
            <option key={d} value={d}>
              {weekdayName(d, lng)}
            </option>
          ))}
        </select>
        <p class="hint">{t('filters.timesHint')}</p>
      </fieldset>
      <fieldset class="filters__group">
        <legend class="filters__legend">{t('filters.cost')}</legend>
        <Check id="f-free" name="free" value="1" checked={filters.freeOnly} label={t('filters.freeOnly')} />
      </fieldset>
      <div class="filters__group">
        <label for="f-district" class="label filters__legend">
          {t('filters.district')}
        </label>
        <select id="f-district" name="district" class="input filters__select" value={filters.district ?? ''}>
          <DistrictOptions anyLabel={t('filters.anyDistrict')} />
        </select>
      </div>
      {languages.length > 0 && (
        <Checkboxes
          legend={t('filters.language')}
          name="lang"
          chosen={filters.languages}
          options={languages.map((l) => ({ value: l.code, label: l.name }))}
        />
      )}
      <Checkboxes
        legend={t('filters.category')}
        name="cat"
        chosen={filters.categories}
        options={categoryTerms(catalogue).map((term) => ({ value: term.id, label: termLabel(t, term.id, term.name) }))}
      />
      {/* Still a submit button, so the form sends the filters without JavaScript too. */}
      <button type="submit" class="button button--secondary" onClick={onApply}>
        {t('filters.apply')}
      </button>
    </>
  );
}
