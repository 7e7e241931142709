/**
 * Turns a query in another language into the English words search understands (pure), using the
 * per-language vocabularies: "moje dziecko ma gorączkę" → "fever". Longest phrase wins, a whole
 * word beats a stem. Words no vocabulary knows are kept (a town, a service's name, English).
 *
 * An English query is left alone: a vocabulary word is only applied when the query is foreign,
 * that is when it has letters outside ASCII or a word English does not know that a vocabulary
 * does (a word it translates, or one of its filler words such as "moje").
 * Otherwise the Polish "sen" (sleep) would turn the English "SEN" into "sleep".
 */
import type { LanguageVocabulary, VocabularyEntry } from './language-vocabulary';

export interface ForeignWords {
  /** Entries by their first word (whole words), longest phrase first. */
  byFirst: Map<string, VocabularyEntry[]>;
  /** Entries whose first word is a stem, longest stem first. */
  stems: VocabularyEntry[];
  filler: Set<string>;
}

export function buildForeignWords(vocabularies: LanguageVocabulary[]): ForeignWords {
  const byFirst = new Map<string, VocabularyEntry[]>();
  const stems: VocabularyEntry[] = [];
  const filler = new Set<string>();
  for (const vocabulary of vocabularies) {
    vocabulary.filler.forEach((w) => filler.add(w));
    for (const entry of vocabulary.entries) {
      const first = entry.words[0];
      if (!first) continue;
      if (first.stem) stems.push(entry);
      else byFirst.set(first.text, [...(byFirst.get(first.text) ?? []), entry]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  stems.sort((a, b) => b.words.length - a.words.length || (b.words[0]?.text.length ?? 0) - (a.words[0]?.text.length ?? 0));
  return { byFirst, stems, filler };
}

export interface TranslatedQuery {
  /** The query's words with the known foreign ones replaced by English. */
  tokens: string[];
  /** True when the query reads as another language (then spelling is never corrected to English). */
  foreign: boolean;
  /** Languages whose words were found. */
  languages: Set<string>;
}

const fits = (entry: VocabularyEntry, tokens: string[], at: number) =>
  entry.words.every((p, k) => {
    const token = tokens[at + k];
    return token !== undefined && (p.stem ? token.startsWith(p.text) : token === p.text);
  });

/** The entry matching at `at`: most words first, then a whole word over a stem, then the longest stem. */
function entryAt(words: ForeignWords, tokens: string[], at: number): VocabularyEntry | undefined {
  const whole = (words.byFirst.get(tokens[at] as string) ?? []).find((e) => fits(e, tokens, at));
  const stem = words.stems.find((e) => fits(e, tokens, at));
  if (!whole) return stem;
  if (!stem) return whole;
  return stem.words.length > whole.words.length ? stem : whole;
}

const HAS_NON_ASCII_LETTER = /[^\x00-\x7f]/;

/**
 * `tokens` are tokenise()d; `typed` is the raw query (its letters tell a foreign query even once
 * folded to ASCII); `isEnglish` says whether English search knows a word. `foreignWords` is asked
 * for only when the query could be foreign: the vocabularies cost a cheap phone about 90 ms to
 * read, and a query of English words in plain letters never needs them.
 */
export function translateQuery(
  tokens: string[],
  typed: string,
  foreignWords: () => ForeignWords,
  isEnglish: (word: string) => boolean,
): TranslatedQuery {
  const nonAsciiLetters = HAS_NON_ASCII_LETTER.test(typed.replace(/[^\p{L}]/gu, ''));
  // Every word known to English and no letter outside ASCII: below, nothing could mark it foreign.
  if (!nonAsciiLetters && tokens.every(isEnglish)) return { tokens, foreign: false, languages: new Set() };
  const words = foreignWords();
  const matches: { at: number; entry: VocabularyEntry }[] = [];
  let strong = false;
  for (let i = 0; i < tokens.length;) {
    const entry = entryAt(words, tokens, i);
    if (entry) {
      matches.push({ at: i, entry });
      if (tokens.slice(i, i + entry.words.length).some((t) => !isEnglish(t))) strong = true;
      i += entry.words.length;
    } else i += 1;
  }
  // Two-letter filler ("am", "ma", "de") is too often English or a name to tell the language.
  const fillerOnly = tokens.some((t) => t.length >= 3 && words.filler.has(t) && !isEnglish(t));
  const foreign = strong || fillerOnly || nonAsciiLetters;
  if (!foreign) return { tokens, foreign: false, languages: new Set() };
  const out: string[] = [];
  const languages = new Set<string>();
  let next = 0;
  for (let i = 0; i < tokens.length;) {
    const match = matches[next];
    if (match && match.at === i) {
      out.push(...match.entry.english);
      languages.add(match.entry.language);
      i += match.entry.words.length;
      next += 1;
    } else {
      const token = tokens[i] as string;
      if (!words.filler.has(token)) out.push(token);
      i += 1;
    }
  }
  return { tokens: out, foreign: true, languages };
}
