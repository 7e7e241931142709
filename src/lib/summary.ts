/** A service description cut to a list-sized summary at a word boundary (pure). */
const SUMMARY_LENGTH = 180;

export function summarise(text: string, length = SUMMARY_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
