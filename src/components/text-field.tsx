/**
 * A text input with its label, and its hint and error message when it has them (GOV.UK's order:
 * label, hint, error, input). The hint and error are `<id>-hint` and `<id>-error`, tied to the
 * input by aria-describedby, so a screen reader reads them with the field. The caller keeps the
 * wrapper (a form group, a date item), so the field fits each form's own layout.
 */
import type { PartialInputHTMLAttributes } from 'preact';

/** What each form sets on its input itself; the ids, classes and ARIA come from the props below. */
type InputAttributes = Pick<
  PartialInputHTMLAttributes<HTMLInputElement>,
  'name' | 'inputMode' | 'autoComplete' | 'autocomplete' | 'spellcheck' | 'maxLength' | 'value' | 'onInput'
>;

export interface TextFieldProps extends InputAttributes {
  id: string;
  label: string;
  /** Left out unless a form sets it; a text field is text either way. */
  type?: 'text';
  /** The label's class: "label" unless the form styles its labels otherwise (a date's day, month, year). */
  labelClass?: string;
  hint?: string;
  /** Shown above the input, which is then marked invalid. */
  error?: string;
  /** Marks the input invalid without a message of its own (a date's message belongs to the whole date). */
  invalid?: boolean;
  /** Classes added to "input" (e.g. a width). */
  inputClass?: string;
}

export function TextField({ id, label, labelClass = 'label', hint, error, invalid, inputClass, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const isInvalid = invalid || Boolean(error);
  const classes = ['input', inputClass, isInvalid ? 'input--error' : undefined].filter(Boolean).join(' ');
  return (
    <>
      <label class={labelClass} for={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="error-message">
          {error}
        </p>
      )}
      <input {...input} id={id} class={classes} aria-describedby={describedBy} aria-invalid={isInvalid ? 'true' : undefined} />
    </>
  );
}
