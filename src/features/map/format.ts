import { numberFormat } from '../../lib/intl';

/** Miles as the user's locale writes them, always one decimal place: "0.4", "12.0". */
export function milesFormatter(locale: string): (miles: number) => string {
  const format = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (miles) => format.format(miles);
}
