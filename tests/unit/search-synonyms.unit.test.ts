import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { categoryIds } from '../../src/features/search/catalogue-search';
import { buildSearchIndex, searchServices } from '../../src/features/search/search-index';
import { validateSynonyms } from '../../src/features/search/synonyms';
import { highlightPieces } from '../../src/features/search/highlight';
import { suggestSpelling } from '../../src/features/search/suggest';

const root = new URL('../../', import.meta.url);
const catalogue = normaliseCatalogue(readCatalogueDir(fileURLToPath(new URL('data/catalogue', root))).files as unknown as CatalogueFiles);
const CATEGORIES = categoryIds(catalogue);

describe('data/synonyms.json', () => {
  it('is valid: every group has words, and every category exists in the catalogue', () => {
    const raw = JSON.parse(readFileSync(new URL('data/synonyms.json', root), 'utf8')) as unknown;
    const { groups, problems } = validateSynonyms(raw, CATEGORIES);
    expect(problems).toEqual([]);
    expect(groups.length).toBeGreaterThan(10);
  });

  it('reports a bad file in plain words instead of throwing', () => {
    expect(validateSynonyms('nonsense', CATEGORIES).problems).toEqual(['synonyms: expected an object with a "groups" list']);
    const { groups, problems } = validateSynonyms(
      {
        groups: [
          { words: ['jabs'], means: ['vaccinations'], categories: ['cat-no-such-thing'] },
          { words: 'jabs', means: [], categories: [] },
          { words: ['jabs', '!!!'], means: ['x'], categories: [] },
          { words: ['ok words'], means: ['fine'], categories: ['cat-send'] },
        ],
      },
      CATEGORIES,
    );
    expect(problems).toEqual([
      'synonyms group 1: unknown category "cat-no-such-thing"',
      'synonyms group 2: "words" must be a list of text',
      'synonyms group 3: word "!!!" has no letters or digits',
      'synonyms group 3: "jabs" is also in group 1',
    ]);
    // The good group still works.
    expect(groups).toHaveLength(1);
  });
});

const fictional = [
  { ...catalogue.services[0]!, id: 'a', name: 'Sendon Play Club', description: 'Friends needed for the sand pit.', categories: [] },
  { ...catalogue.services[0]!, id: 'b', name: 'Bumps Group', description: 'Help with SEND for under-fives.', categories: ['cat-send'] },
];

describe('search rules', () => {
  const index = buildSearchIndex(fictional, () => '', [{ words: [['send']], means: [['special', 'needs']], categories: ['cat-send'] }]);

  it('matches a short acronym exactly, never fuzzily ("SEND" is not "sand", "friends" or "needed")', () => {
    expect(searchServices(index, 'SEND').services.map((s) => s.id)).toEqual(['b']);
  });

  it('finds nothing for an empty query', () => {
    expect(searchServices(index, '   ').services).toEqual([]);
  });

  it('marks matched words as text ranges, never HTML', () => {
    const pieces = highlightPieces('Help with <b>SEND</b> & more', new Set(['send']));
    expect(pieces).toEqual([
      { text: 'Help with <b>', match: false },
      { text: 'SEND', match: true },
      { text: '</b> & more', match: false },
    ]);
  });

  it('suggests the closest known word when nothing matches', () => {
    const real = buildSearchIndex(catalogue.services, () => '', []);
    expect(suggestSpelling(real, 'brestfeedin hlepline')).toBe('breastfeeding helpline');
    expect(suggestSpelling(real, 'helpline')).toBeNull();
  });
});
