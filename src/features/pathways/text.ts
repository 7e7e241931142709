/** Pathway data holds translation keys as plain strings; this looks them up without casting at each use. */
import { useT } from '../../i18n/i18n';

export type Text = (key: string, vars?: Record<string, unknown>) => string;

export function useText(): Text {
  const t = useT();
  return (key, vars) => (t as unknown as (k: string, v?: Record<string, unknown>) => string)(key, vars);
}
