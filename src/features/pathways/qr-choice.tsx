/**
 * "What should the QR code hold?": the contacts as text (works with no signal) or a link (opens the
 * same screen in the app). One set of radios for "Give to family" and the visit pack.
 */
import { useText } from './text';

export type QrHolds = 'text' | 'link';

interface Props {
  /** Prefix of the radios' ids, unique on the page. */
  idPrefix: string;
  holds: QrHolds;
  onChange: (holds: QrHolds) => void;
  /** The hint under "A link": what the link opens differs between the two screens. */
  linkHintKey: 'pathways.ui.give.qrLinkHint' | 'pathways.ui.pack.qrLinkHint';
}

export function QrChoice({ idPrefix, holds, onChange, linkHintKey }: Props) {
  const text = useText();
  return (
    <fieldset class="radios radios--inline no-print">
      <legend class="label">{text('pathways.ui.give.qrLegend')}</legend>
      {(['text', 'link'] as const).map((value) => (
        <div key={value} class="radios__item">
          <input
            class="radios__input"
            type="radio"
            id={`${idPrefix}-${value}`}
            name={`${idPrefix}-holds`}
            value={value}
            checked={holds === value}
            onChange={() => onChange(value)}
            aria-describedby={`${idPrefix}-${value}-hint`}
          />
          <label class="radios__label" for={`${idPrefix}-${value}`}>
            {text(value === 'text' ? 'pathways.ui.give.qrText' : 'pathways.ui.give.qrLink')}
          </label>
          <p id={`${idPrefix}-${value}-hint`} class="hint radios__hint">
            {text(value === 'text' ? 'pathways.ui.give.qrTextHint' : linkHintKey)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
