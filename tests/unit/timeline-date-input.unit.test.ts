/** The day/month/year fields: GOV.UK's order of errors, and the limits for due dates and birth dates. */
import { describe, expect, it } from 'vitest';
import { checkDate } from '../../src/features/timeline/date-input';
import { addMonths } from '../../src/features/timeline/calendar-dates';

const TODAY = '2026-11-29';
const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('checking a date', () => {
  it('accepts a real date, with a month as a number or a name', () => {
    expect(checkDate('born', parts('3', '2', '2026'), TODAY)).toEqual({ ok: true, date: '2026-02-03' });
    expect(checkDate('born', parts('03', 'Feb', '2026'), TODAY)).toEqual({ ok: true, date: '2026-02-03' });
  });

  it('says what is missing', () => {
    expect(checkDate('born', parts('', '', ''), TODAY)).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(checkDate('born', parts('3', '', ''), TODAY)).toEqual({ ok: false, problem: { code: 'missing', fields: ['month', 'year'] } });
  });

  it('29 February only in a leap year', () => {
    expect(checkDate('born', parts('29', '2', '2024'), TODAY)).toEqual({ ok: true, date: '2024-02-29' });
    expect(checkDate('born', parts('29', '2', '2025'), TODAY)).toEqual({ ok: false, problem: { code: 'not-real', fields: ['day'] } });
  });

  it('names the impossible part', () => {
    expect(checkDate('born', parts('3', '13', '2026'), TODAY)).toEqual({ ok: false, problem: { code: 'not-real', fields: ['month'] } });
    expect(checkDate('born', parts('x', '1', '26'), TODAY)).toEqual({ ok: false, problem: { code: 'not-real', fields: ['day', 'year'] } });
  });

  it('a date of birth cannot be in the future', () => {
    expect(checkDate('born', parts('30', '11', '2026'), TODAY)).toEqual({ ok: false, problem: { code: 'birth-in-future' } });
    expect(checkDate('born', parts('29', '11', '2026'), TODAY).ok).toBe(true);
  });

  it('a due date at most 42 weeks ahead and at most 6 weeks ago', () => {
    expect(checkDate('due', parts('19', '9', '2027'), TODAY).ok).toBe(true);
    expect(checkDate('due', parts('20', '9', '2027'), TODAY)).toEqual({ ok: false, problem: { code: 'due-too-far' } });
    expect(checkDate('due', parts('18', '10', '2026'), TODAY).ok).toBe(true);
    expect(checkDate('due', parts('17', '10', '2026'), TODAY)).toEqual({ ok: false, problem: { code: 'due-too-long-ago' } });
  });

  it('a child more than 6 years old has no plan left', () => {
    expect(checkDate('born', parts('28', '11', '2020'), TODAY)).toEqual({ ok: false, problem: { code: 'birth-too-old' } });
  });
});

describe('months on short months and leap days', () => {
  it('29 February + 1 year is 1 March; 31 August + 6 months is 1 March', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-03-01');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-03-01');
  });
});
