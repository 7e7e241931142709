/** Bounded, honest input: the query is cut to a length no parent types and loses its bidi controls. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { cleanQuery, MAX_QUERY_LENGTH, stripBidiControls } from '../../src/features/search/query-text';
import { suggestSpelling } from '../../src/features/search/suggest';

describe('cleanQuery', () => {
  it('keeps an ordinary query as it is', () => {
    expect(cleanQuery('free vitamins')).toEqual({ text: 'free vitamins', shortened: false });
  });

  it('cuts a very long query and says so', () => {
    const { text, shortened } = cleanQuery('a'.repeat(100_000));
    expect(shortened).toBe(true);
    expect(text).toHaveLength(MAX_QUERY_LENGTH);
    expect(MAX_QUERY_LENGTH).toBeLessThanOrEqual(200);
  });

  it('never leaves half an emoji at the cut', () => {
    const { text } = cleanQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀tail`);
    expect(text).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('removes every bidi control character (embeddings, overrides, isolates, marks)', () => {
    const controls = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ];
    for (const c of controls) expect(stripBidiControls(`jabs${c}0909`)).toBe('jabs0909');
    expect(cleanQuery('\u202Ejabs\u202C').text).toBe('jabs');
    // Letters of right-to-left scripts stay: only the invisible controls go.
    expect(cleanQuery('ویکسین').text).toBe('ویکسین');
  });
});

describe('spelling suggestions', () => {
  const root = new URL('../../', import.meta.url);
  const catalogue = normaliseCatalogue(readCatalogueDir(fileURLToPath(new URL('data/catalogue', root))).files as unknown as CatalogueFiles);
  const index = createCatalogueSearch(catalogue);

  it('never rewrite a synonym: "childline" is not turned into "childminder"', () => {
    expect(suggestSpelling(index, 'childline')).toBeNull();
  });

  it('offer nothing for a word far longer than any word the catalogue has', () => {
    expect(suggestSpelling(index, `vitamins${'s'.repeat(40)}`)).toBeNull();
  });
});
