/** UK terms explained: found where a text uses them, in every interface language. */
import { describe, expect, it } from 'vitest';
import { allTermIds, explain, termsIn } from '../../src/features/glossary/terms';
import { LANGUAGES } from '../../src/i18n/languages';

describe('the UK terms a text uses', () => {
  it('finds them in the order they first appear', () => {
    expect(termsIn(['Your health visitor can refer you to SENDIASS. Ask your GP first.'])).toEqual(['health-visitor', 'sendiass', 'gp']);
  });

  it('reads acronyms only in capitals, and whole words only', () => {
    expect(termsIn(['We will send you a text'])).toEqual([]);
    expect(termsIn(['Call 0300 111 2222'])).toEqual([]);
    expect(termsIn(['If it is not an emergency, call 111'])).toEqual(['999-111']);
    expect(termsIn(['SEND support in your area'])).toEqual(['send']);
  });

  it('lists a term once across several texts', () => {
    expect(termsIn(['Healthy Start vitamins', 'Apply for Healthy Start', 'A midwife'])).toEqual(['healthy-start', 'midwife']);
  });
});

describe('each term in each language', () => {
  it.each(LANGUAGES.map((l) => l.code))('explains every term in %s, with no English meaning left in its place', (code) => {
    for (const id of allTermIds()) {
      const term = explain(id, code);
      expect(term?.meaning, `${id} in ${code}`).toBeTruthy();
      if (code !== 'en') expect(term?.meaning, `${id} in ${code}`).not.toBe(explain(id, 'en')?.meaning);
    }
  });

  it('covers the terms families asked about', () => {
    expect(allTermIds()).toEqual(
      expect.arrayContaining([
        'health-visitor',
        'gp',
        'midwife',
        'family-centre',
        'healthy-start',
        'send',
        'ehcp',
        'sendiass',
        'local-offer',
        '999-111',
      ]),
    );
  });
});
