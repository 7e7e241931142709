/**
 * Folds a word's letters per script before matching (pure), so the same word typed on a different
 * keyboard, or without its accents, still matches: a parent on a phone set to English types
 * "goraczka" for "gorączka", and Urdu and Arabic keyboards give different code points for what
 * reads as the same letter.
 *
 * - Latin (Polish, Romanian, English): accents optional (ą→a, ș/ş→s, ț/ţ→t); ł→l, which has no
 *   decomposition of its own.
 * - Cyrillic (Ukrainian): lower case; й→и, ї→і, ё→е (decomposed marks dropped); ґ→г.
 * - Arabic script (Arabic, Urdu): harakat, the superscript alef and tatweel dropped; alef forms
 *   أ إ آ ٱ → ا; yeh forms ى ی ې ئ → ي; kaf ک → ك; heh forms ة ہ ۃ ھ ۀ → ه; ؤ → و.
 * - Bengali: the long vowels ী ূ ঈ ঊ → their short forms (spelled both ways in everyday writing);
 *   vowel signs and the nukta are kept, since without them words collide.
 * - Digits of every script → 0–9 ("২ বছর" reads as "2 years"); zero-width joiners dropped.
 *
 * Only combining marks of Latin, Cyrillic and Arabic are dropped: Bengali vowel signs are marks
 * too, and dropping them turned "ভিটামিন" into "ভটমন".
 */

/** Combining diacritics (Latin, Cyrillic), the Arabic harakat and Quranic marks, superscript alef, tatweel, hamza above/below. */
// Tatweel (\u0640, a letter) comes after the marks, so that no mark in the class reads as combined with it.
const DROPPED_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0654\u0655\u0640\u200c\u200d]/g;

// Letters of one script share a line.
// prettier-ignore
const LETTERS: Record<string, string> = {
  // Bengali vowel signs ী ূ → ি ু first: LETTER_PATTERN's class lists the keys in this order, and a
  // sign after a letter would read as one combined character.
  '\u09c0': '\u09bf', '\u09c2': '\u09c1',
  'ł': 'l',
  'ґ': 'г',
  // Alef forms (after NFD, أ إ آ are already ا plus a dropped mark; these have no decomposition).
  'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي',
  'ک': 'ك', 'ڪ': 'ك',
  'ة': 'ه', 'ہ': 'ه', 'ۃ': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ە': 'ه',
  // Bengali long vowels (ঈ ঊ) → short.
  '\u0988': '\u0987', '\u098a': '\u0989',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Zero of each decimal digit block the app's languages use: Arabic-Indic, Eastern (Urdu), Bengali. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x09e6];
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]/g;

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) as number;
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) as number;
  return String(code - zero);
}

/** Lower case, marks and letter variants folded as above. The caller keeps plain ASCII off this path. */
export function foldScripts(text: string): string {
  return text
    .normalize('NFD')
    .replace(DROPPED_MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(LETTER_PATTERN, (letter) => LETTERS[letter] as string)
    .replace(DIGITS, asciiDigit);
}
