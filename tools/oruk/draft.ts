/**
 * The one shape both feed versions are mapped into before assembly: a service and the rows that
 * hang off it, in our tables' field names, plus the feed's own taxonomy terms. Helpers here
 * normalise the values both versions share (text, phones, times, weekdays, languages, areas).
 */
import type { AreaConfig } from '../../src/features/catalogue/validate';
import { isIsoDate, isWellFormedPostcode } from '../../src/features/catalogue/validate-fields';
import { normalisePostcode } from '../../src/lib/postcode';
import { isWeekday, DAYS_OF_WEEK } from '../../src/lib/weekdays';
import type { PlaceLookup } from './places';
import { nameKey } from './taxonomy-map';
import { clip, hasBidiControls, MAX_TEXT, str, text, type Rec } from './text';

export type WarningKind =
  | 'no-coordinates'
  | 'bad-phone'
  | 'unknown-taxonomy'
  | 'all-life-stages'
  | 'no-county'
  | 'text-clipped'
  | 'field-dropped'
  | 'row-dropped'
  | 'duplicate'
  | 'not-stored'
  | 'http-upgraded'
  | 'bidi-stripped'
  | 'id-reminted';

export interface Note {
  kind: WarningKind;
  /** Our table, e.g. "phones". */
  table: string;
  id: string;
  field: string;
  reason: string;
}

export interface FeedTerm {
  id: string;
  name: string;
  description?: string;
  /** The feed's taxonomy (vocabulary) id and name. */
  taxonomy_id?: string;
  taxonomy_name?: string;
  term_uri?: string;
  parent_id?: string;
  attribute_id?: string;
}

export const CHILD_TABLES = [
  'locations',
  'addresses',
  'accessibility',
  'service_at_locations',
  'contacts',
  'phones',
  'schedules',
  'cost_options',
  'languages',
  'service_areas',
] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];

export interface Draft {
  /** The file or URL the record was read from. */
  source: string;
  /** Its position there, counting from 1. */
  position: number;
  service: Rec;
  organization?: Rec;
  rows: Record<ChildTable, Rec[]>;
  terms: FeedTerm[];
  notes: Note[];
  /** Came from our own export (records carry bsf_id): its tags are ours and are kept as they are. */
  ours: boolean;
}

export interface MapContext {
  area: AreaConfig;
  /** YYYY-MM-DD: the import date, and the latest date allowed. */
  today: string;
  /** Counties of postcodes and districts of towns, from the place data the app ships. */
  places?: PlaceLookup;
  /** Base URL of the feed (ending before /services), for each record's source_url. */
  feedUrl?: string;
  source: string;
  position: number;
}

export function emptyDraft(ctx: MapContext, ours: boolean): Draft {
  const rows = Object.fromEntries(CHILD_TABLES.map((t) => [t, [] as Rec[]])) as unknown as Record<ChildTable, Rec[]>;
  return { source: ctx.source, position: ctx.position, service: {}, rows, terms: [], notes: [], ours };
}

/**
 * Text from a record: HTML reduced to plain text, except in our own export, whose text is plain
 * already (stripping again would eat a literal "<health record>").
 */
export const plain = (d: Draft, v: unknown): string | undefined => (d.ours ? str(v) : text(v));

/** Plain text for a field (bidi controls stripped, with a note), clipped to MAX_TEXT with a note. */
export function field(d: Draft, table: string, id: string, name: string, v: unknown): string | undefined {
  if (typeof v === 'string' && hasBidiControls(v)) {
    d.notes.push({
      kind: 'bidi-stripped',
      table,
      id,
      field: name,
      reason: 'held right-to-left or left-to-right control characters (they can make text read in another order): removed',
    });
  }
  const t = plain(d, v);
  if (t === undefined || t.length <= MAX_TEXT) return t;
  d.notes.push({ kind: 'text-clipped', table, id, field: name, reason: `${t.length} characters cut to ${MAX_TEXT}` });
  return clip(t);
}

/**
 * A website a family will tap: an http:// address becomes https:// (with a note), since an
 * http page can be altered on the way. Anything else is passed on for the validator to judge.
 */
export function website(d: Draft, table: string, id: string, name: string, v: unknown): string | undefined {
  const s = str(v);
  if (s === undefined || !/^http:\/\//i.test(s)) return s;
  const https = `https://${s.slice('http://'.length)}`;
  d.notes.push({
    kind: 'http-upgraded',
    table,
    id,
    field: name,
    reason: `"${s}" is not secure: changed to "${https}" (check that it opens)`,
  });
  return https;
}

/** Our id for a feed record: our own slug when it is our export, else the feed's id, else a fallback. */
export function idOf(raw: Rec, fallback: string): string {
  return str(raw.bsf_id) ?? str(raw.id) ?? fallback;
}

/** "+44 (0)1632 960 001", "(01632) 960-001" → "01632 960 001". Validity is judged by the validator. */
export function normalisePhone(raw: string): string {
  return raw
    .trim()
    .replace(/^\+44\s*(\(0\))?\s*/, '0')
    .replace(/[()\-.–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "9:00", "09:00:00" → "09:00"; anything else is passed on for the validator to judge. */
export function normaliseTime(v: unknown): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : s;
}

/** A YYYY-MM-DD date from a date or date-time, else undefined. */
export function dateOf(v: unknown): string | undefined {
  const s = str(v)?.slice(0, 10);
  return s !== undefined && isIsoDate(s) ? s : undefined;
}

/** v1 weekday: 1–7 (Monday first, as ORUK v1 counts) or a day name. */
export function weekdayCode(v: unknown): string | undefined {
  if (typeof v === 'number' || /^\d$/.test(String(v))) return DAYS_OF_WEEK[Number(v) - 1];
  const s = str(v)?.slice(0, 2).toUpperCase();
  return s && isWeekday(s) ? s : undefined;
}

/** "mo, Tu" → "MO,TU". */
export function normaliseByday(v: unknown): string | undefined {
  return str(v)?.toUpperCase().replace(/\s+/g, '');
}

const LANGUAGES: Record<string, string> = {
  english: 'en',
  polish: 'pl',
  romanian: 'ro',
  ukrainian: 'uk',
  urdu: 'ur',
  bengali: 'bn',
  bangla: 'bn',
  arabic: 'ar',
  punjabi: 'pa',
  gujarati: 'gu',
  hindi: 'hi',
  turkish: 'tr',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  italian: 'it',
  german: 'de',
  russian: 'ru',
  lithuanian: 'lt',
  latvian: 'lv',
  bulgarian: 'bg',
  albanian: 'sq',
  somali: 'so',
  tigrinya: 'ti',
  amharic: 'am',
  farsi: 'fa',
  persian: 'fa',
  pashto: 'ps',
  dari: 'fa',
  kurdish: 'ku',
  tamil: 'ta',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'zh',
  welsh: 'cy',
  greek: 'el',
  hungarian: 'hu',
  czech: 'cs',
  slovak: 'sk',
  nepali: 'ne',
  swahili: 'sw',
};

/** An ISO 639-1 code from a code ("pl", "pl-PL") or an English language name, else undefined. */
export function languageCode(code: unknown, name: unknown): string | undefined {
  const c = str(code)?.toLowerCase().slice(0, 2);
  if (c && /^[a-z]{2}$/.test(c) && (str(code)!.length === 2 || /^[a-z]{2}[-_]/i.test(str(code)!))) return c;
  const n = str(name) ?? str(code);
  return n ? LANGUAGES[n.toLowerCase()] : undefined;
}

/** A postcode in stored form, or the text as given (the validator then drops it with a note). */
export function postcode(v: unknown): string | undefined {
  const s = str(v);
  return s && isWellFormedPostcode(s) ? normalisePostcode(s) : s;
}

const COUNTRY_WORDS = new Set(['england', 'national', 'nationwide', 'uk', 'united kingdom', 'england and wales']);

/**
 * Our service area for a feed's area text: "England" → country; district codes, district names
 * or county names of the area file → lad_codes. Undefined when it names nothing we know.
 */
export function serviceArea(
  area: AreaConfig,
  words: string[],
  places?: PlaceLookup,
): { name: string; extent_type: 'lad_codes' | 'country'; extent?: string } | undefined {
  const keys = words.map(nameKey);
  if (keys.some((k) => COUNTRY_WORDS.has(k))) return { name: 'England', extent_type: 'country' };
  const codes = new Set<string>();
  for (const w of words) for (const code of w.match(/E0[6-9]\d{6}/g) ?? []) codes.add(code);
  for (const d of area.districts) {
    if (keys.includes(nameKey(d.name)) || keys.includes(nameKey(d.county))) codes.add(d.lad_code);
  }
  // A town or village ("Cheshunt") stands for the district it is in; only when nothing above matched.
  if (codes.size === 0 && places) for (const w of words) for (const code of places.districtsOfPlace(w) ?? []) codes.add(code);
  const known = area.districts.filter((d) => codes.has(d.lad_code));
  if (known.length === 0) return undefined;
  return { name: known.map((d) => d.name).join(', '), extent_type: 'lad_codes', extent: known.map((d) => d.lad_code).join(',') };
}
