/**
 * Which parts of a text to mark as matching the search (pure): returns text ranges, never
 * HTML, so the component renders each piece as text and a <mark> around the matches.
 */
import { normaliseWord } from './text';

export interface Piece {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}'’]+/gu;

export function highlightPieces(text: string, words: ReadonlySet<string>): Piece[] {
  if (words.size === 0) return [{ text, match: false }];
  const pieces: Piece[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    const word = found[0];
    if (!words.has(normaliseWord(word))) continue;
    if (start > last) pieces.push({ text: text.slice(last, start), match: false });
    pieces.push({ text: word, match: true });
    last = start + word.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}
