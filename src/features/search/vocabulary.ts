/**
 * The words a catalogue uses, for matching what a parent typed (pure). Whole words match
 * best, then the start of a word ("breast" → "breastfeeding"), then words one or two typos
 * away ("vitamns" → "vitamins"). Short words and acronyms (SEND, HV) never match fuzzily:
 * one typo in four letters turns "send" into "sand", "seed" or "end".
 */
import Fuse from 'fuse.js';
import { typoAllowance } from './text';

export interface WordMatch {
  word: string;
  /** 1 for the word itself, less for a prefix or a typo. */
  quality: number;
}

const PREFIX_QUALITY = 0.75;
const PLURAL_QUALITY = 0.95;
const TYPO_QUALITY = [1, 0.7, 0.55];
/** A prefix as short as "ca" would match half the catalogue. */
const MIN_PREFIX = 3;
const MAX_PREFIX_MATCHES = 40;
/**
 * No word a parent means is longer than this (the catalogue's longest are about 15 letters).
 * Fuzzy matching costs grow with the word: one 100,000-letter word took 52 s (issue 21).
 */
export const MAX_FUZZY_LENGTH = 24;

export class Vocabulary {
  private readonly sorted: string[];
  /** Fuse indexes by typed word length and allowance, each over the words that length could be. */
  private readonly fuzzyByLength = new Map<string, Fuse<string>>();

  constructor(private readonly words: ReadonlySet<string>) {
    this.sorted = [...words].sort();
  }

  /**
   * Built on the first typo of each length, not with the page: most searches never need one. A
   * word within `maxEdits` typos is at most that many letters longer or shorter, so each index
   * holds only those words: Fuse then compares a typed word with a few hundred words, not every
   * word of a 20,000-service directory, and its top matches are all of a usable length.
   */
  private fuzzy(length: number, maxEdits: number): Fuse<string> {
    const key = `${length}/${maxEdits}`;
    let index = this.fuzzyByLength.get(key);
    if (!index) {
      const near = this.sorted.filter((w) => Math.abs(w.length - length) <= maxEdits);
      index = new Fuse(near, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 3 });
      this.fuzzyByLength.set(key, index);
    }
    return index;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Words starting with `start` (not the word itself), alphabetically. */
  prefixed(start: string): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as string) < start) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sorted.length && found.length < MAX_PREFIX_MATCHES; i++) {
      const word = this.sorted[i] as string;
      if (!word.startsWith(start)) break;
      if (word !== start) found.push(word);
    }
    return found;
  }

  /**
   * The closest words within `maxEdits` typos (all at the best distance found), with that distance.
   * Fuse.js does the fuzzy matching over the catalogue's distinct words (a few thousand at most),
   * which stays fast however many services share them.
   */
  closest(word: string, maxEdits: number): { words: string[]; distance: number } {
    if (word.length > MAX_FUZZY_LENGTH) return { words: [], distance: maxEdits + 1 };
    // Fuse's score is roughly typos ÷ word length, so a threshold of maxEdits/length keeps
    // candidates within the allowance; the length filter drops words much longer or shorter.
    const hits = this.fuzzy(word.length, maxEdits)
      .search(word, { limit: 20 })
      .map((hit) => ({ word: hit.item, distance: Math.round((hit.score ?? 1) * word.length) }))
      .filter((hit) => hit.distance <= maxEdits);
    const best = Math.min(...hits.map((h) => h.distance));
    return Number.isFinite(best)
      ? { words: hits.filter((h) => h.distance === best).map((h) => h.word), distance: best }
      : { words: [], distance: maxEdits + 1 };
  }

  /** Every catalogue word a typed word should find, best first. */
  match(typed: string): WordMatch[] {
    const found: WordMatch[] = [];
    if (this.words.has(typed)) found.push({ word: typed, quality: 1 });
    // "groups" should find "group" and "nurseries" "nursery" as well as the reverse (a prefix).
    const singular = typed.endsWith('ies') ? `${typed.slice(0, -3)}y` : typed.endsWith('s') ? typed.slice(0, -1) : '';
    if (singular.length >= MIN_PREFIX && this.words.has(singular)) found.push({ word: singular, quality: PLURAL_QUALITY });
    if (typed.length >= MIN_PREFIX) {
      for (const word of this.prefixed(typed)) found.push({ word, quality: PREFIX_QUALITY });
    }
    if (found.length === 0) {
      const allowance = typoAllowance(typed);
      if (allowance > 0) {
        const { words, distance } = this.closest(typed, allowance);
        for (const word of words) found.push({ word, quality: TYPO_QUALITY[distance] ?? 0.5 });
      }
    }
    return found;
  }
}
