/**
 * The GOV.UK error summary: "There is a problem", focused when it appears so screen-reader and
 * keyboard users land on it, with each message linking to its field.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/i18n';

/** `attempt` changes on every submission, so the summary takes focus again each time. */
export function ErrorSummary({ errors, attempt }: { errors: { fieldId: string; message: string }[]; attempt: number }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.message).join('|');
  // Focus in the same frame the summary first paints, so nothing else can take it in between.
  useLayoutEffect(() => {
    if (key) box.current?.focus();
  }, [key, attempt]);
  if (!errors.length) return null;
  return (
    <div ref={box} class="error-summary" tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title" class="error-summary__title">
        {t('app.errorSummaryTitle')}
      </h2>
      <ul class="error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // Focus the field itself (a plain #link would only scroll to it).
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
