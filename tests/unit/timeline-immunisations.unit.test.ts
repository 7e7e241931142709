/**
 * §3a and §3c: the vaccines at each appointment, with MMR or MMRV by date of birth, on either side
 * of each cut-off (30 June / 1 July 2024, 31 December 2024 / 1 January 2025, 31 August / 1 September 2022).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan, type ItemId } from '../../src/features/timeline/timeline';

const vaccinesAt = (birth: string, id: ItemId) => buildPlan({ kind: 'born', date: birth }).find((i) => i.id === id)?.vaccines;
const dateOf = (birth: string, id: ItemId) => buildPlan({ kind: 'born', date: birth }).find((i) => i.id === id)?.start;

describe('MMR or MMRV by date of birth (§3c)', () => {
  it('born 31 December 2024: MMR at 1 year, MMRV at 18 months and at 3 years 4 months', () => {
    expect(vaccinesAt('2024-12-31', 'vaccines-1-year')).toContain('mmr');
    expect(vaccinesAt('2024-12-31', 'vaccines-1-year')).not.toContain('mmrv');
    expect(vaccinesAt('2024-12-31', 'vaccines-18-months')).toContain('mmrv');
    expect(vaccinesAt('2024-12-31', 'vaccines-3-years-4-months')).toEqual(['four-in-one', 'mmrv']);
  });

  it('born 1 January 2025: MMRV at 1 year and 18 months, none at 3 years 4 months', () => {
    expect(vaccinesAt('2025-01-01', 'vaccines-1-year')).toContain('mmrv');
    expect(vaccinesAt('2025-01-01', 'vaccines-1-year')).not.toContain('mmr');
    expect(vaccinesAt('2025-01-01', 'vaccines-18-months')).toEqual(['six-in-one', 'mmrv']);
    expect(vaccinesAt('2025-01-01', 'vaccines-3-years-4-months')).toEqual(['four-in-one']);
  });

  it('born 30 June 2024: no 18-month appointment; MMRV at 3 years 4 months', () => {
    expect(vaccinesAt('2024-06-30', 'vaccines-18-months')).toBeUndefined();
    expect(vaccinesAt('2024-06-30', 'vaccines-3-years-4-months')).toEqual(['four-in-one', 'mmrv']);
    expect(vaccinesAt('2024-06-30', 'vaccines-1-year')).toContain('mmr');
  });

  it('born 1 July 2024: the 18-month appointment with the 4th 6-in-1 and MMRV', () => {
    expect(vaccinesAt('2024-07-01', 'vaccines-18-months')).toEqual(['six-in-one', 'mmrv']);
    expect(dateOf('2024-07-01', 'vaccines-18-months')).toBe('2026-01-01');
  });

  it('born 1 September 2022: MMRV at 3 years 4 months, no catch-up', () => {
    expect(vaccinesAt('2022-09-01', 'vaccines-3-years-4-months')).toEqual(['four-in-one', 'mmrv']);
    expect(vaccinesAt('2022-09-01', 'mmrv-catch-up')).toBeUndefined();
  });

  it('born 31 August 2022: no MMRV at 3 years 4 months, but the catch-up from 1 November 2026 to 31 March 2028', () => {
    expect(vaccinesAt('2022-08-31', 'vaccines-3-years-4-months')).toEqual(['four-in-one']);
    const catchUp = buildPlan({ kind: 'born', date: '2022-08-31' }).find((i) => i.id === 'mmrv-catch-up');
    expect(catchUp).toMatchObject({ start: '2026-11-01', end: '2028-03-31', vaccines: ['mmrv'], condition: 'no-chickenpox-vaccine' });
  });
});

describe('appointment dates (§3a)', () => {
  it('8, 12 and 16 weeks, 1 year and 3 years 4 months from the date of birth', () => {
    const birth = '2026-03-10';
    expect(dateOf(birth, 'vaccines-8-weeks')).toBe('2026-05-05');
    expect(dateOf(birth, 'vaccines-12-weeks')).toBe('2026-06-02');
    expect(dateOf(birth, 'vaccines-16-weeks')).toBe('2026-06-30');
    expect(dateOf(birth, 'vaccines-1-year')).toBe('2027-03-10');
    expect(dateOf(birth, 'vaccines-18-months')).toBe('2027-09-10');
    expect(dateOf(birth, 'vaccines-3-years-4-months')).toBe('2029-07-10');
  });

  it('the 6-in-1 and MenB at 8 and 12 weeks, PCV at 16 weeks', () => {
    expect(vaccinesAt('2026-03-10', 'vaccines-8-weeks')).toEqual(['six-in-one', 'menb', 'rotavirus']);
    expect(vaccinesAt('2026-03-10', 'vaccines-12-weeks')).toEqual(['six-in-one', 'menb', 'rotavirus']);
    expect(vaccinesAt('2026-03-10', 'vaccines-16-weeks')).toEqual(['six-in-one', 'pcv']);
  });

  it('born 29 February 2024: the 1st birthday vaccines on 1 March 2025, never before the birthday', () => {
    expect(dateOf('2024-02-29', 'vaccines-1-year')).toBe('2025-03-01');
  });
});
