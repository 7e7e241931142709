import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/features/search/vocabulary';

describe('typo matching in a big directory', () => {
  it('finds the word a parent misspelt even when many longer words contain what was typed', () => {
    // A council feed brings thousands of words; "vitamns" must still mean "vitamins", not be
    // crowded out by long words that contain the typed letters but that no typo could turn into it.
    const longer = Array.from({ length: 60 }, (_, i) => `multivitamnsupplement${i}`);
    const words = new Vocabulary(new Set(['vitamins', 'visits', ...longer]));
    expect(words.match('vitamns')).toEqual([{ word: 'vitamins', quality: 0.7 }]);
  });

  it('offers only words within the typo allowance of what was typed', () => {
    const words = new Vocabulary(new Set(['breastfeeding', 'breakfast', 'feeding']));
    expect(words.closest('brestfeeding', 2).words).toEqual(['breastfeeding']);
    expect(words.closest('brekfast', 1)).toEqual({ words: ['breakfast'], distance: 1 });
    expect(words.closest('zzzzzz', 1).words).toEqual([]);
  });
});
