/**
 * Term starts for funded early education (§4a): terms start on 1 January, 1 April and
 * 1 September, and an entitlement starts with the term after the child reaches the age.
 * "1 January to 31 March → term starting on or after 1 April; 1 April to 31 August → 1 September;
 * 1 September to 31 December → 1 January". A birthday on 1 April therefore waits until September.
 */
import { monthOf, yearOf, type IsoDate } from './calendar-dates';

export function termAfter(dateReached: IsoDate): IsoDate {
  const year = yearOf(dateReached);
  const month = monthOf(dateReached);
  if (month <= 3) return `${year}-04-01`;
  if (month <= 8) return `${year}-09-01`;
  return `${year + 1}-01-01`;
}
