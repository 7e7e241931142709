import { describe, expect, it } from 'vitest';
import { weekdayName } from '../../src/lib/intl';
import { parseSearchParams } from '../../src/features/filters/url';
import { bydayProblem } from '../../src/features/catalogue/validate-fields';

// One week list (src/lib/weekdays.ts) now serves the day filter, the day names and the validator.
describe('one list of weekdays', () => {
  it('names a day from its ORUK code, in English and in another language', () => {
    expect(weekdayName('MO', 'en-GB')).toBe('Monday');
    expect(weekdayName('SU', 'en-GB')).toBe('Sunday');
    expect(weekdayName('SU', 'fr')).toBe('dimanche');
  });

  it('reads a day from a search link in any case, and ignores a code that is not a day', () => {
    expect(parseSearchParams('day=su').filters.day).toBe('SU');
    expect(parseSearchParams('day=XX').filters.day).toBeUndefined();
    expect(parseSearchParams('').filters.day).toBeUndefined();
  });

  it('lets the catalogue list every day of the week and nothing else', () => {
    expect(bydayProblem('MO,TU,WE,TH,FR,SA,SU')).toBeUndefined();
    expect(bydayProblem('MO,XX')).toMatch(/"XX" is not a weekday/);
  });
});
