/**
 * Words as search sees them (pure): lower case, accents and apostrophes dropped, split on
 * anything that is not a letter or digit. "Children's" → "childrens", "2-year-olds" → "2 year olds".
 * Other scripts are folded by script-fold.ts ("gorączka" and "goraczka" are one word).
 */
import { foldScripts } from './script-fold';

/** Including the Ukrainian apostrophe (U+02BC) inside words such as "м'ясо". */
const APOSTROPHES = /['’‘`ʼ]/g;
/** Marks stay inside a word: Bengali vowel signs are marks, and a word must not split at them. */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/u;
const ASCII_NON_WORD = /[^a-z0-9]+/;

const NON_ASCII = /[^\x00-\x7f]/;

export function normaliseWord(word: string): string {
  // Decomposing accents is the slow part of indexing, and most text is plain ASCII.
  const plain = NON_ASCII.test(word) ? foldScripts(word) : word.toLowerCase();
  return plain.replace(APOSTROPHES, '');
}

export function tokenise(text: string): string[] {
  const normal = normaliseWord(text);
  return normal.split(NON_ASCII.test(normal) ? NON_WORD : ASCII_NON_WORD).filter((w) => w.length > 0);
}

/**
 * Words that carry no meaning on their own in a parent's question ("my 2 year old isn't
 * talking"). They still take part in synonym phrases ("2 year old funding").
 */
export const STOPWORDS = new Set(
  (
    'a an and are as at be but by can do does for from get got has have help how i im in is isnt it its ' +
    'me my need needs of on or our please some that the their there they this to up us want we what when ' +
    'where who why will with would you your year years old month months week weeks'
  ).split(' '),
);

/** True for a word worth matching on its own: not a stopword and not just a number. */
export function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

/** How many typos a word of this length may carry: none for short words and acronyms (SEND, HV, PND). */
export function typoAllowance(word: string): number {
  if (word.length <= 4) return 0;
  if (word.length <= 7) return 1;
  return 2;
}
