/**
 * The per-language vocabularies (data/vocabularies/*.json): a family's everyday and urgent words
 * in Polish, Romanian, Ukrainian, Urdu, Bengali and Arabic → the English words the search already
 * understands (pure). Translating the words, rather than keeping a second set of rules per language,
 * means "gorączka" reaches NHS 111 by the same urgent classification as "fever", and "witaminy"
 * the same services as "vitamins".
 *
 * validateLanguageVocabulary checks a file's shape and never throws: a bad entry is reported
 * (tests, build) and dropped at run time while the rest still work.
 */
import { tokenise } from './text';
import { isRecord } from '../../lib/is-record';

/** A vocabulary word: whole, or a stem ("gorączk*": gorączka, gorączkę, gorączki …). */
export interface Pattern {
  text: string;
  stem: boolean;
}

export interface VocabularyEntry {
  /** A phrase as words, folded as tokenise() folds them. */
  words: Pattern[];
  /** The English words it stands for, as tokens. */
  english: string[];
  /** The phrase as written in the file, for "Did you mean". */
  written: string;
  language: string;
}

export interface LanguageVocabulary {
  language: string;
  /** "draft" until a native speaker has reviewed it (docs/translation-review.md). */
  status: string;
  entries: VocabularyEntry[];
  /** Words that carry no meaning for search ("my", "child", "has"), dropped from a query in this language. */
  filler: Set<string>;
}

export interface VocabularyCheck {
  vocabulary: LanguageVocabulary;
  problems: string[];
}

/** A stem shorter than this would swallow unrelated words. */
const MIN_STEM = 3;

function parsePhrase(phrase: string): Pattern[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      const stem = part.endsWith('*');
      return tokenise(stem ? part.slice(0, -1) : part).map((text, k, all) => ({ text, stem: stem && k === all.length - 1 }));
    });
}

function checkEntries(raw: unknown, list: 'everyday' | 'urgent', language: string, problems: string[]): VocabularyEntry[] {
  if (!Array.isArray(raw)) {
    problems.push(`${language}: "${list}" must be a list`);
    return [];
  }
  return raw.flatMap((item: unknown, i) => {
    const where = `${language} ${list} ${i + 1}`;
    const { english, words } = (item ?? {}) as { english?: unknown; words?: unknown };
    if (typeof english !== 'string' || tokenise(english).length === 0) {
      problems.push(`${where}: "english" must be English words`);
      return [];
    }
    if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string')) {
      problems.push(`${where} (${english}): "words" must be a list of text`);
      return [];
    }
    return (words as string[]).flatMap((written) => {
      const patterns = parsePhrase(written);
      if (patterns.length === 0) {
        problems.push(`${where} (${english}): "${written}" has no letters`);
        return [];
      }
      if (patterns.some((p) => p.stem && p.text.length < MIN_STEM)) {
        problems.push(`${where} (${english}): the stem "${written}" is shorter than ${MIN_STEM} letters`);
        return [];
      }
      return [{ words: patterns, english: tokenise(english), written: written.replace(/\*/g, ''), language }];
    });
  });
}

/** Checks the parsed JSON of one data/vocabularies file. */
export function validateLanguageVocabulary(raw: unknown, language: string): VocabularyCheck {
  const problems: string[] = [];
  const file = isRecord(raw) ? raw : {};
  if (file.language !== language) problems.push(`${language}: "language" must be "${language}"`);
  if (typeof file.status !== 'string' || !file.status) problems.push(`${language}: "status" must say whether it is a draft or reviewed`);
  const filler = Array.isArray(file.filler) ? (file.filler as unknown[]).filter((w): w is string => typeof w === 'string') : [];
  if (!Array.isArray(file.filler)) problems.push(`${language}: "filler" must be a list`);
  const entries = [
    ...checkEntries(file.everyday, 'everyday', language, problems),
    ...checkEntries(file.urgent, 'urgent', language, problems),
  ];
  return {
    vocabulary: { language, status: String(file.status ?? ''), entries, filler: new Set(filler.flatMap(tokenise)) },
    problems,
  };
}
