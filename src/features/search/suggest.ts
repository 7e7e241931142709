/**
 * "Did you mean …?" for a search that found nothing (pure): each word the catalogue does not
 * know is swapped for the closest word it, or the synonyms list, does know.
 *
 * A query in another language or script is only ever corrected to words of the vocabularies
 * (data/vocabularies), never to English: "moje 2 letnie dziecko nie mowi" once became
 * "moje 2 violence dziecko need mowi" (issue 19). An English-looking query takes a vocabulary
 * word only when it is closer than any English one ("witaminny" → "witaminy").
 */
import { isEnglishWord, type SearchIndex } from './search-index';
import { tokenise } from './text';
import { translateQuery } from './translate-query';
import type { Vocabulary } from './vocabulary';

/** Looser than search's own typo allowance: this only suggests, it does not match. */
const suggestAllowance = (word: string) => (word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3);

const NO_MATCH = { words: [] as string[], distance: Infinity };

function closest(pool: Vocabulary, word: string, allowance: number) {
  const found = pool.closest(word, allowance);
  return found.words.length > 0 ? found : NO_MATCH;
}

/**
 * A word the catalogue or the synonyms list knows is never rewritten ("childline" must not become
 * "childminder"), and neither is one `keep` vouches for (a place name the catalogue never uses).
 */
export function suggestSpelling(index: SearchIndex, query: string, keep: (word: string) => boolean = () => false): string | null {
  const tokens = tokenise(query);
  const { foreign } = translateQuery(
    tokens,
    query,
    () => index.foreign,
    (w) => isEnglishWord(index, w),
  );
  // Words as typed (accents kept), shown for the words left as they are.
  const typed = query
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}'’ʼ]+/u)
    .filter(Boolean);
  const asTyped = (word: string, i: number) => (typed.length === tokens.length ? (typed[i] as string) : word);
  let changed = false;
  const words = tokens.map((word, i) => {
    if (index.foreignWords.has(word)) return index.foreignWritten.get(word) ?? word;
    if (index.words.has(word) || index.synonymWords.has(word) || index.foreign.filler.has(word) || keep(word)) return asTyped(word, i);
    if (foreign && /^\d+$/.test(word)) return word;
    const allowance = suggestAllowance(word);
    const fromVocabularies = closest(index.foreignWords, word, allowance);
    let best = fromVocabularies;
    if (!foreign) {
      const fromCatalogue = closest(index.words, word, allowance);
      const fromSynonyms = closest(index.synonymWords, word, allowance);
      const english = fromSynonyms.distance <= fromCatalogue.distance ? fromSynonyms : fromCatalogue;
      if (english.distance <= fromVocabularies.distance) best = english;
    }
    const pick = best.words[0];
    if (!pick) return asTyped(word, i);
    changed = true;
    return index.foreignWritten.get(pick) ?? pick;
  });
  return changed ? words.join(' ') : null;
}
