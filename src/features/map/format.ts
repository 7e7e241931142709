import { numberFormat } from '../../lib/intl';

/**
 * Miles as the user's locale writes them, always one decimal place: "0.4", "12.0". British
 * English needs no Intl.NumberFormat, whose first use costs a slow phone a noticeable pause.
 */
export function milesFormatter(locale: string): (miles: number) => string {
  if (locale === 'en-GB') return (miles) => miles.toFixed(1);
  const format = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (miles) => format.format(miles);
}
