/** Text with the searched-for words in <mark>, built from ranges (no HTML from data). */
import { highlightPieces } from './highlight';

export function Highlighted({ text, words }: { text: string; words: ReadonlySet<string> }) {
  return <>{highlightPieces(text, words).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
