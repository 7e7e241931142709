/**
 * "Add a child": the kind of date (due or birth), then the GOV.UK date input (day, month, year)
 * with its error summary and inline message, and an optional name.
 */
import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/text-field';
import { locale, useT } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { addYears, type IsoDate } from './calendar-dates';
import { BIRTH_YEARS_BACK, checkDate, type DateField, type DateProblem } from './date-input';
import { addChild } from './plan-store';

type Kind = 'due' | 'born';

function problemText(problem: DateProblem, kind: Kind, t: ReturnType<typeof useT>, today: IsoDate): string {
  const what = t(kind === 'due' ? 'plan.kindDue' : 'plan.kindBorn');
  switch (problem.code) {
    case 'empty':
      return t('plan.errors.empty', { what: what.toLowerCase() });
    case 'missing':
      return t('plan.errors.missing', { what, field: t(`plan.${problem.fields[0] ?? 'day'}`).toLowerCase() });
    case 'not-real':
      return t('plan.errors.notReal', { what });
    case 'birth-in-future':
      return t('plan.errors.birthInFuture');
    case 'birth-too-old':
      return t('plan.errors.birthTooOld', { date: formatDate(addYears(today, -BIRTH_YEARS_BACK), locale.value) });
    case 'due-too-far':
      return t('plan.errors.dueTooFar');
    case 'due-too-long-ago':
      return t('plan.errors.dueTooLongAgo');
  }
}

const FIELDS: DateField[] = ['day', 'month', 'year'];

export function ChildForm({ today }: { today: IsoDate }) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('due');
  const [parts, setParts] = useState<Record<DateField, string>>({ day: '', month: '', year: '' });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: DateField[] } | null>(null);
  const [attempt, setAttempt] = useState(0);

  const submit = (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const checked = checkDate(kind, parts, today);
    if (!checked.ok) {
      const fields = 'fields' in checked.problem ? checked.problem.fields : FIELDS;
      setProblem({ message: problemText(checked.problem, kind, t, today), fields });
      return;
    }
    setProblem(null);
    addChild({ kind, date: checked.date, name });
    setParts({ day: '', month: '', year: '' });
    setName('');
  };

  const firstBad = problem?.fields[0] ?? 'day';
  return (
    <form class="plan-form no-print" onSubmit={submit} noValidate>
      <h2>{t('plan.addTitle')}</h2>
      <ErrorSummary errors={problem ? [{ fieldId: `plan-${firstBad}`, message: problem.message }] : []} attempt={attempt} />
      <fieldset class="radios radios--inline">
        <legend class="label">{t('plan.kindLegend')}</legend>
        {(['due', 'born'] as const).map((value) => (
          <div key={value} class="radios__item">
            <input
              class="radios__input"
              type="radio"
              id={`plan-kind-${value}`}
              name="plan-kind"
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            <label class="radios__label" for={`plan-kind-${value}`}>
              {t(value === 'due' ? 'plan.kindDue' : 'plan.kindBorn')}
            </label>
          </div>
        ))}
      </fieldset>
      <div class={problem ? 'form-group--error' : undefined}>
        <fieldset class="date-input" role="group" aria-describedby={`plan-date-hint${problem ? ' plan-date-error' : ''}`}>
          <legend class="label">{t(kind === 'due' ? 'plan.kindDue' : 'plan.kindBorn')}</legend>
          <p id="plan-date-hint" class="hint">
            {t(kind === 'due' ? 'plan.dueHint' : 'plan.bornHint')}
          </p>
          {problem && (
            <p id="plan-date-error" class="error-message">
              {problem.message}
            </p>
          )}
          <div class="date-input__fields">
            {FIELDS.map((field) => (
              <div key={field} class={`date-input__item date-input__item--${field}`}>
                <TextField
                  id={`plan-${field}`}
                  label={t(`plan.${field}`)}
                  labelClass="date-input__label"
                  invalid={problem?.fields.includes(field)}
                  name={field}
                  inputMode={field === 'month' ? 'text' : 'numeric'}
                  autoComplete="off"
                  value={parts[field]}
                  onInput={(e) => setParts({ ...parts, [field]: e.currentTarget.value })}
                />
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextField
        id="plan-name"
        label={t('plan.nameLabel')}
        inputClass="plan-form__name"
        value={name}
        maxLength={40}
        autoComplete="off"
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <p>
        <button type="submit" class="button">
          {t('plan.add')}
        </button>
      </p>
    </form>
  );
}
