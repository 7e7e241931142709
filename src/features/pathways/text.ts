/** Pathway data holds translation keys as plain strings; this looks them up without casting at each use. */
import i18next from 'i18next';
import { useT } from '../../i18n/i18n';
// Every pathway view reads its words through here, so the pathways' strings register first.
import './pathway-strings';

export type Text = (key: string, vars?: Record<string, unknown>) => string;

const asText = (t: unknown): Text => t as (k: string, v?: Record<string, unknown>) => string;

export function useText(): Text {
  return asText(useT());
}

/** English whatever the interface language (English is always bundled): the hand-over "side by side" column. */
export function englishText(): Text {
  return asText(i18next.getFixedT('en'));
}
