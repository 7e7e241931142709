/** §4a term starts for funded hours, §5 school: the cut-offs a family's dates hang on. */
import { describe, expect, it } from 'vitest';
import { buildPlan, type ItemId } from '../../src/features/timeline/timeline';
import { termAfter } from '../../src/features/timeline/terms';
import { compulsorySchoolAgeDate, offerDay, receptionStart } from '../../src/features/timeline/school';

const item = (birth: string, id: ItemId) => buildPlan({ kind: 'born', date: birth }).find((i) => i.id === id);

describe('the term after a birthday (§4a)', () => {
  it.each([
    ['2026-03-31', '2026-04-01'],
    ['2026-04-01', '2026-09-01'],
    ['2026-08-31', '2026-09-01'],
    ['2026-09-01', '2027-01-01'],
    ['2026-12-31', '2027-01-01'],
    ['2027-01-01', '2027-04-01'],
  ])('reached on %s: from %s', (reached, start) => {
    expect(termAfter(reached)).toBe(start);
  });

  it.each([
    // 3rd birthday → universal 15 hours.
    ['2023-03-31', '2026-04-01'],
    ['2023-04-01', '2026-09-01'],
    ['2023-08-31', '2026-09-01'],
    ['2023-09-01', '2027-01-01'],
    ['2023-12-31', '2027-01-01'],
  ])('born %s: universal 15 hours and 30 hours from %s', (birth, start) => {
    expect(item(birth, 'hours-universal-15')?.start).toBe(start);
    expect(item(birth, 'hours-working-30')?.start).toBe(start);
  });

  it('the 2-year-old offer from the term after the 2nd birthday, for families getting support', () => {
    expect(item('2024-12-31', 'hours-2-year-olds')).toMatchObject({ start: '2027-01-01', condition: 'support' });
    expect(item('2025-01-01', 'hours-2-year-olds')?.start).toBe('2027-04-01');
  });

  it('working-parent hours from the term after 9 months, applying from 23 weeks', () => {
    // 9 months after 30 June 2026 is 30 March 2027 → April; 1 July 2026 → 1 April 2027 → September.
    expect(item('2026-06-30', 'hours-working-9-months')).toMatchObject({
      start: '2027-04-01',
      applyFrom: '2026-12-08',
      condition: 'working',
    });
    expect(item('2026-07-01', 'hours-working-9-months')?.start).toBe('2027-09-01');
  });

  it('born 29 February 2024: the 3rd birthday counts in the January–March term band', () => {
    expect(item('2024-02-29', 'hours-universal-15')?.start).toBe('2027-04-01');
  });
});

describe('starting school (§5)', () => {
  it('31 August 2022 starts Reception in September 2026; 1 September 2022 a year later', () => {
    expect(receptionStart('2022-08-31')).toBe('2026-09-01');
    expect(receptionStart('2022-09-01')).toBe('2027-09-01');
  });

  it('applications from 1 November to 15 January before Reception', () => {
    expect(item('2022-09-01', 'school-applications')).toMatchObject({ start: '2026-11-01', end: '2027-01-15' });
    expect(item('2022-08-31', 'school-applications')).toMatchObject({ start: '2025-11-01', end: '2026-01-15' });
  });

  it('offers on 16 April, or the next working day at a weekend', () => {
    expect(offerDay('2026-09-01')).toBe('2026-04-16'); // a Thursday
    expect(offerDay('2027-09-01')).toBe('2027-04-16'); // a Friday
    expect(offerDay('2028-09-01')).toBe('2028-04-17'); // 16 April 2028 is a Sunday
  });

  it('the summer-born note for 1 April – 31 August birthdays only', () => {
    expect(item('2022-03-31', 'reception')?.summerBorn).toBe(false);
    expect(item('2022-04-01', 'reception')?.summerBorn).toBe(true);
    expect(item('2022-08-31', 'reception')?.summerBorn).toBe(true);
    expect(item('2022-09-01', 'reception')?.summerBorn).toBe(false);
  });

  it.each([
    ['2022-03-31', '2027-03-31'],
    ['2022-04-01', '2027-08-31'],
    ['2022-08-31', '2027-08-31'],
    ['2022-09-01', '2027-12-31'],
    ['2022-12-31', '2027-12-31'],
    ['2023-01-01', '2028-03-31'],
  ])('born %s: compulsory school age on %s', (birth, date) => {
    expect(compulsorySchoolAgeDate(birth)).toBe(date);
  });

  it('born 29 February 2024: 5th birthday counted from 1 March 2029, compulsory school age 31 March 2029 either way', () => {
    expect(compulsorySchoolAgeDate('2024-02-29')).toBe('2029-03-31');
    expect(receptionStart('2024-02-29')).toBe('2028-09-01');
  });
});
