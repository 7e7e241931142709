/**
 * "Did you mean …?" for a search that found nothing (pure): each word the catalogue does not
 * know is swapped for the closest word it, or the synonyms list, does know.
 */
import type { SearchIndex } from './search-index';
import { tokenise } from './text';

/** Looser than search's own typo allowance: this only suggests, it does not match. */
const suggestAllowance = (word: string) => (word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3);

/**
 * A word the catalogue or the synonyms list knows is never rewritten ("childline" must not become
 * "childminder"), and neither is one `keep` vouches for (a place name the catalogue never uses).
 */
export function suggestSpelling(index: SearchIndex, query: string, keep: (word: string) => boolean = () => false): string | null {
  let changed = false;
  const words = tokenise(query).map((word) => {
    if (index.words.has(word) || index.synonymWords.has(word) || keep(word)) return word;
    const allowance = suggestAllowance(word);
    const fromCatalogue = index.words.closest(word, allowance);
    const fromSynonyms = index.synonymWords.closest(word, allowance);
    const best = fromSynonyms.distance <= fromCatalogue.distance ? fromSynonyms : fromCatalogue;
    const pick = best.words[0];
    if (!pick) return word;
    changed = true;
    return pick;
  });
  return changed ? words.join(' ') : null;
}
