/** The postcode box (label, hint, inline error) and "Use my location". Submits by changing the URL. */
import type { Ref } from 'preact';
import { useT } from '../../i18n/i18n';

interface Props {
  value: string;
  error?: string;
  onInput: (value: string) => void;
  onSubmit: () => void;
  onUseLocation: () => void;
  locating: boolean;
  /** So the page can bring focus back to the box (after "Forget this postcode"). */
  inputRef?: Ref<HTMLInputElement>;
}

export const POSTCODE_FIELD_ID = 'postcode';

export function PostcodeForm({ value, error, onInput, onSubmit, onUseLocation, locating, inputRef }: Props) {
  const t = useT();
  const describedBy = error ? `${POSTCODE_FIELD_ID}-hint ${POSTCODE_FIELD_ID}-error` : `${POSTCODE_FIELD_ID}-hint`;
  return (
    <form
      class="postcode-form"
      role="search"
      action="/map"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div class={error ? 'form-group form-group--error' : 'form-group'}>
        <label class="label" for={POSTCODE_FIELD_ID}>
          {t('map.postcodeLabel')}
        </label>
        <p id={`${POSTCODE_FIELD_ID}-hint`} class="hint">
          {t('map.postcodeHint')}
        </p>
        {error && (
          <p id={`${POSTCODE_FIELD_ID}-error`} class="error-message">
            <span class="visually-hidden">{t('map.errorPrefix')} </span>
            {error}
          </p>
        )}
        <div class="postcode-form__row">
          <input
            ref={inputRef}
            id={POSTCODE_FIELD_ID}
            name="postcode"
            class={error ? 'input input--error postcode-form__input' : 'input postcode-form__input'}
            type="text"
            autoComplete="postal-code"
            spellcheck={false}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('map.find')}
          </button>
        </div>
      </div>
      <button type="button" class="button button--secondary" onClick={onUseLocation} disabled={locating}>
        {locating ? t('map.locating') : t('map.useLocation')}
      </button>
    </form>
  );
}
