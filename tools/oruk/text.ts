/**
 * Text from a feed is always text: HTML is reduced to plain words here, once, on import,
 * so nothing downstream can ever render a feed's markup. Pure: no DOM (runs in Node).
 */
import { isRecord } from '../../src/lib/is-record';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  pound: '£',
  euro: '€',
  copy: '©',
  bull: '•',
  middot: '·',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Control characters and out-of-range code points are dropped, not decoded.
      if (!Number.isFinite(code) || code > 0x10ffff || (code < 32 && code !== 9 && code !== 10)) return '';
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Markup that could carry code or styling: dropped with its contents, not just its tags. */
const DROPPED_ELEMENTS = /<(script|style|noscript|template|iframe|object|svg|math)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

/**
 * HTML element names. Only these are stripped as tags, so that, with entities decoded first,
 * "&lt;b&gt;" goes like "<b>" but a description's "<health record>" or "<5s" stays as written.
 */
const HTML_ELEMENTS =
  'a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|blockquote|body|br|button|canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hgroup|hr|html|i|img|input|ins|kbd|label|legend|li|link|main|map|mark|marquee|menu|meta|meter|nav|noscript|object|ol|optgroup|option|output|p|param|picture|pre|progress|q|rp|rt|ruby|s|samp|script|search|section|select|slot|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|xmp|o:p';
const TAG = new RegExp(`<\\/?(?:${HTML_ELEMENTS})(?=[\\s/>])[^>]*>`, 'gi');
/** A known tag cut off at the end of the text ("Hello <a href=…"). */
const CUT_TAG = new RegExp(`<\\/?(?:${HTML_ELEMENTS})(?=[\\s/]|$)[^<>]*$`, 'i');

/**
 * Unicode's bidi controls (Bidi_Control: ALM, LRM, RLM, the embeddings, overrides and isolates).
 * A feed has no need of them, and they can make text display reversed or in another order than
 * it reads ("...0909 no su llaC"), so they are stripped from everything imported.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const hasBidiControls = (s: string): boolean => /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s);

/**
 * Plain text from a string that may hold HTML: entities decoded first (so "&lt;script&gt;" is
 * treated as the markup it spells, not smuggled past the tag stripping), then script/style
 * contents dropped, tags stripped, block ends turned into line breaks, runs of spaces collapsed.
 * Text that holds no markup and is already tidy comes back unchanged.
 */
export function plainText(input: string): string {
  let s = input.replace(/\r\n?/g, '\n');
  if (/[<&]/.test(s)) {
    s = decodeEntities(s)
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(DROPPED_ELEMENTS, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr|ul|ol|blockquote)\s*>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '• ')
      .replace(TAG, '')
      .replace(CUT_TAG, '')
      .replace(/<![^>]*>|<\?[^>]*>/g, '');
  }
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(BIDI_CONTROLS, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Longest text we keep in one field: a feed's 100 KB description would bloat the offline catalogue. */
export const MAX_TEXT = 10_000;

/** Cut text longer than max at a word boundary, ending with "…". */
export function clip(s: string, max = MAX_TEXT): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A feed value as trimmed text (bidi controls removed), or undefined when it is missing, null, empty or not text/number. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.replace(BIDI_CONTROLS, '').trim();
  return t === '' ? undefined : t;
}

/** A feed value as plain text (HTML removed), or undefined when nothing is left. */
export function text(v: unknown): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const t = plainText(s);
  return t === '' ? undefined : t;
}

/** A finite number from a number or numeric text, else undefined. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export type Rec = Record<string, unknown>;
export const isRec = isRecord;
/** The list under a key, objects only; a missing, null or non-list value is an empty list. */
export const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);

/** Drops keys whose value is undefined, so stored records leave unknown fields out. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
