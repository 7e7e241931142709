/**
 * Finds the synonyms list's phrases in what a parent typed (pure). Longest phrase wins
 * ("child abuse" before "abuse"); a long word may carry a typo ("brestfeeding"), but only
 * when it is not itself a word the catalogue uses ("feeling" must not become "feeding").
 */
import type { SynonymGroup } from './synonyms';
import { typoAllowance } from './text';
import type { Vocabulary } from './vocabulary';

export interface SynonymHit {
  group: SynonymGroup;
  /** The phrase from the synonyms list that matched, as words. */
  phrase: string[];
}

export interface PhraseTable {
  /** First word → phrases starting with it, longest first. */
  byFirstWord: Map<string, { phrase: string[]; group: SynonymGroup }[]>;
}

export function buildPhraseTable(groups: SynonymGroup[]): PhraseTable {
  const byFirstWord = new Map<string, { phrase: string[]; group: SynonymGroup }[]>();
  for (const group of groups) {
    for (const phrase of group.words) {
      const first = phrase[0];
      if (first === undefined) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ phrase, group });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return { byFirstWord };
}

function canonical(word: string, synonymWords: Vocabulary, catalogueWords: Vocabulary): string {
  if (synonymWords.has(word) || catalogueWords.has(word)) return word;
  const allowance = typoAllowance(word);
  if (allowance === 0) return word;
  const { words } = synonymWords.closest(word, allowance);
  return words.length === 1 ? (words[0] as string) : word;
}

/** The synonym phrases in `tokens`, and the words left over for plain matching. */
export function findSynonyms(
  tokens: string[],
  table: PhraseTable,
  synonymWords: Vocabulary,
  catalogueWords: Vocabulary,
): { hits: SynonymHit[]; rest: string[] } {
  const words = tokens.map((t) => canonical(t, synonymWords, catalogueWords));
  const hits: SynonymHit[] = [];
  const rest: string[] = [];
  let i = 0;
  while (i < words.length) {
    const candidates = table.byFirstWord.get(words[i] as string) ?? [];
    const found = candidates.find(({ phrase }) => phrase.every((w, k) => words[i + k] === w));
    if (found) {
      if (!hits.some((h) => h.group === found.group)) hits.push(found);
      i += found.phrase.length;
    } else {
      rest.push(tokens[i] as string);
      i += 1;
    }
  }
  return { hits, rest };
}
