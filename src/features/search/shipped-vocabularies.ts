/**
 * The shipped per-language vocabularies, validated (a bad entry is dropped, never fatal). Imported
 * only by the search (catalogue-search.ts), so they travel in the search page's chunk and never
 * weigh on the home page; all six load together, so a family can search in their language
 * whatever language the interface is in (a health visitor's phone is often set to English).
 */
import ar from '../../../data/vocabularies/ar.json';
import bn from '../../../data/vocabularies/bn.json';
import pl from '../../../data/vocabularies/pl.json';
import ro from '../../../data/vocabularies/ro.json';
import uk from '../../../data/vocabularies/uk.json';
import ur from '../../../data/vocabularies/ur.json';
import { validateLanguageVocabulary, type LanguageVocabulary } from './language-vocabulary';

export const VOCABULARY_FILES: Record<string, unknown> = { pl, ro, uk, ur, bn, ar };

let checked: LanguageVocabulary[] | undefined;

/** Checked once per visit: the files never change while the page is open. */
export function shippedVocabularies(): LanguageVocabulary[] {
  checked ??= Object.entries(VOCABULARY_FILES).map(([code, raw]) => validateLanguageVocabulary(raw, code).vocabulary);
  return checked;
}
