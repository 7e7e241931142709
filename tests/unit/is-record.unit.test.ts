import { describe, expect, it } from 'vitest';
import { isRecord } from '../../src/lib/is-record';
import { validateSynonyms } from '../../src/features/search/synonyms';
import { asRememberedPlace } from '../../src/features/postcodes/remembered-place';
import { validateCatalogue } from '../../src/features/catalogue/validate';
import { TEST_AREA } from '../fixtures/catalogue/valid';

// Four guards became one. The old ones differed on lists: some let a list through as an object
// and then complained about its fields; now a list is never taken for an object.
describe('one record guard for parsed JSON and stored values', () => {
  it('takes an object, and refuses null, a list and plain values', () => {
    expect(isRecord({ words: [] })).toBe(true);
    for (const value of [null, undefined, [], ['words'], 'text', 3]) expect(isRecord(value)).toBe(false);
  });

  it('says a synonyms group written as a list must be an object', () => {
    const { groups, problems } = validateSynonyms({ groups: [['jabs', 'vaccinations']] }, new Set());
    expect(groups).toEqual([]);
    expect(problems).toEqual(['synonyms group 1: must be an object with "words", "means" and "categories"']);
  });

  it('forgets a remembered place that storage holds as a list', () => {
    expect(asRememberedPlace(['SG1 1AA', 51.9, -0.2])).toBeNull();
    expect(asRememberedPlace({ label: 'SG1 1AA', lat: 51.9, lon: -0.2 })).toEqual({ label: 'SG1 1AA', lat: 51.9, lon: -0.2 });
  });

  it('reports a catalogue record written as a list in plain words', () => {
    const problems = validateCatalogue({ services: [['svc-a']] }, TEST_AREA);
    expect(problems).toContainEqual({
      file: 'data/catalogue/services.json',
      id: '(record 1)',
      field: '-',
      reason: 'must be an object, not a list',
    });
  });
});
