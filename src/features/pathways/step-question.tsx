/**
 * One question as GOV.UK radios with a Continue button. The page's h1 shows the question; the
 * legend repeats it for screen readers. Continuing with nothing chosen shows an error and loses nothing.
 */
import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary';
import type { PathwayStep } from './types';
import { useText } from './text';

interface Props {
  stepId: string;
  step: PathwayStep;
  selected?: string;
  onAnswer: (answerId: string) => void;
}

export function StepQuestion({ stepId, step, selected, onAnswer }: Props) {
  const text = useText();
  const [error, setError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const firstId = `${stepId}-${step.answers[0]?.id ?? ''}`;

  const submit = (event: Event) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget as HTMLFormElement).get('answer');
    if (typeof chosen === 'string' && chosen) onAnswer(chosen);
    else {
      setError(true);
      setAttempt((n) => n + 1);
    }
  };

  return (
    <form onSubmit={submit} noValidate class="pathway-question">
      <ErrorSummary errors={error ? [{ fieldId: firstId, message: text('pathways.ui.errorChoose') }] : []} attempt={attempt} />
      <fieldset class={error ? 'radios radios--error' : 'radios'} aria-describedby={step.hint ? `${stepId}-hint` : undefined}>
        <legend class="visually-hidden">{text(step.question)}</legend>
        {step.hint && (
          <p id={`${stepId}-hint`} class="hint">
            {text(step.hint)}
          </p>
        )}
        {error && <p class="error-message">{text('pathways.ui.errorChoose')}</p>}
        {step.answers.map((answer) => {
          const id = `${stepId}-${answer.id}`;
          return (
            <div key={answer.id} class="radios__item">
              <input
                class="radios__input"
                type="radio"
                id={id}
                name="answer"
                value={answer.id}
                defaultChecked={answer.id === selected}
                aria-describedby={answer.hint ? `${id}-hint` : undefined}
              />
              <label class="radios__label" for={id}>
                {text(answer.label)}
              </label>
              {answer.hint && (
                <p id={`${id}-hint`} class="hint radios__hint">
                  {text(answer.hint)}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <button type="submit" class="button">
        {text('pathways.ui.continue')}
      </button>
    </form>
  );
}
