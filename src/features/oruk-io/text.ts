/**
 * Text from a feed is always text: HTML is reduced to plain words here, once, on import,
 * so nothing downstream can ever render a feed's markup. Pure: no DOM (runs in Node).
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', pound: '£', euro: '€', copy: '©',
  bull: '•', middot: '·', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä',
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
 * Plain text from a string that may hold HTML: script/style contents dropped, tags stripped,
 * entities decoded, block ends turned into line breaks, runs of spaces collapsed.
 * Text that holds no markup and is already tidy comes back unchanged.
 */
export function plainText(input: string): string {
  let s = input.replace(/\r\n?/g, '\n');
  if (/[<&]/.test(s)) {
    s = s
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(DROPPED_ELEMENTS, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr|ul|ol|blockquote)\s*>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '• ')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/<\/?[a-z!?][^<]*$/i, '');
    s = decodeEntities(s);
  }
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
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

/** A feed value as trimmed text, or undefined when it is missing, null, empty or not text/number. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
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
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The list under a key, objects only; a missing, null or non-list value is an empty list. */
export const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);

/** Drops keys whose value is undefined, so stored records leave unknown fields out. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
