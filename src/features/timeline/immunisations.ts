/**
 * The routine childhood immunisations from 1 January 2026 (§3a), with MMR or MMRV chosen by
 * date of birth exactly as §3c says:
 * - born on or after 1 January 2025: MMRV at 12 months and at 18 months;
 * - born 1 July – 31 December 2024: MMR at 12 months, then MMRV at 18 months and at 3y4m;
 * - born 1 September 2022 – 30 June 2024: MMR at 12 months, then one MMRV at 3y4m;
 * - born 1 January 2020 – 31 August 2022 with no chickenpox vaccine: one MMRV catch-up between
 *   1 November 2026 and 31 March 2028.
 */
import { addMonths, addWeeks, addYears, type IsoDate } from './calendar-dates';

export type Vaccine = 'six-in-one' | 'menb' | 'rotavirus' | 'pcv' | 'mmr' | 'mmrv' | 'four-in-one';

export type AppointmentId =
  | 'vaccines-8-weeks'
  | 'vaccines-12-weeks'
  | 'vaccines-16-weeks'
  | 'vaccines-1-year'
  | 'vaccines-18-months'
  | 'vaccines-3-years-4-months'
  | 'mmrv-catch-up';

export interface Appointment {
  id: AppointmentId;
  start: IsoDate;
  /** Only the catch-up is a window; the others are "at this age or soon after". */
  end?: IsoDate;
  vaccines: Vaccine[];
  section: string;
}

const MMRV_AT_ONE_FROM = '2025-01-01';
const EIGHTEEN_MONTHS_FROM = '2024-07-01';
const MMRV_AT_PRESCHOOL_FROM = '2022-09-01';
const CATCH_UP_BORN_FROM = '2020-01-01';
const CATCH_UP_WINDOW = { start: '2026-11-01', end: '2028-03-31' };

export function immunisations(birth: IsoDate): Appointment[] {
  const list: Appointment[] = [
    { id: 'vaccines-8-weeks', start: addWeeks(birth, 8), vaccines: ['six-in-one', 'menb', 'rotavirus'], section: '§3a' },
    { id: 'vaccines-12-weeks', start: addWeeks(birth, 12), vaccines: ['six-in-one', 'menb', 'rotavirus'], section: '§3a' },
    { id: 'vaccines-16-weeks', start: addWeeks(birth, 16), vaccines: ['six-in-one', 'pcv'], section: '§3a' },
    {
      id: 'vaccines-1-year',
      start: addYears(birth, 1),
      vaccines: ['pcv', birth >= MMRV_AT_ONE_FROM ? 'mmrv' : 'mmr', 'menb'],
      section: '§3a, §3c',
    },
  ];
  // "Born on or before 30 June 2024 No appointment" at 18 months.
  if (birth >= EIGHTEEN_MONTHS_FROM) {
    list.push({ id: 'vaccines-18-months', start: addMonths(birth, 18), vaccines: ['six-in-one', 'mmrv'], section: '§3a, §3c' });
  }
  const preschool: Vaccine[] = ['four-in-one'];
  if (birth >= MMRV_AT_PRESCHOOL_FROM && birth < MMRV_AT_ONE_FROM) preschool.push('mmrv');
  list.push({ id: 'vaccines-3-years-4-months', start: addMonths(birth, 40), vaccines: preschool, section: '§3a, §3c' });
  if (birth >= CATCH_UP_BORN_FROM && birth < MMRV_AT_PRESCHOOL_FROM) {
    list.push({ id: 'mmrv-catch-up', ...CATCH_UP_WINDOW, vaccines: ['mmrv'], section: '§3c' });
  }
  return list;
}
