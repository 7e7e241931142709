/**
 * Checks that look at more than one field of a record, or at the area or today's date.
 * They only judge values of the right type: wrong types are reported by validate-schema.ts.
 */
import type { TableName } from './oruk';
import { parseByday } from './recurrence';
import { isClockTime, isIsoDate, isUkPhoneNumber } from './validate-fields';
import type { Issue } from './validate-schema';

export interface RuleContext {
  /** YYYY-MM-DD */
  today: string;
  bounds: { south: number; west: number; north: number; east: number };
  districtCodes: ReadonlySet<string>;
}

type Rec = Record<string, unknown>;
type Rule = (r: Rec, ctx: RuleContext) => Issue[];

const MIN_AGE = 0;
const MAX_AGE = 25;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A date field must not be later than today (only judged when it is a real date). */
export function notInFuture(field: string): (r: Rec, ctx: RuleContext) => Issue[] {
  return (r, ctx) => {
    const value = str(r[field]);
    if (value === undefined || !isIsoDate(value) || value <= ctx.today) return [];
    return [{ field, reason: `${value} is in the future (today is ${ctx.today})` }];
  };
}

const VERIFICATION_FIELDS = ['verified_on', 'verified_by_role', 'verified_how'] as const;

/** A verification says when, who (a role) and how, or it is not a verification: all three or none. */
function verification(r: Rec): Issue[] {
  const present = VERIFICATION_FIELDS.filter((f) => r[f] !== undefined);
  if (present.length === 0 || present.length === VERIFICATION_FIELDS.length) return [];
  return VERIFICATION_FIELDS.filter((f) => r[f] === undefined).map((field) => ({
    field,
    reason: 'missing: a verification must say when, who (in role terms) and how',
  }));
}

/** A fact's page and the page's date go together: one without the other is not a source. */
function pairedSource(pages: string, date: string): Rule {
  return (r) => {
    if ((r[pages] === undefined) === (r[date] === undefined)) return [];
    const missing = r[pages] === undefined ? pages : date;
    return [{ field: missing, reason: `missing: ${pages} and ${date} go together` }];
  };
}
const factSource = pairedSource('source_url', 'source_date');

function ages(r: Rec): Issue[] {
  const out: Issue[] = [];
  for (const field of ['minimum_age', 'maximum_age'] as const) {
    const age = num(r[field]);
    if (age !== undefined && (age < MIN_AGE || age > MAX_AGE)) {
      out.push({ field, reason: `${age} is outside ${MIN_AGE}–${MAX_AGE} years` });
    }
  }
  const min = num(r.minimum_age);
  const max = num(r.maximum_age);
  if (min !== undefined && max !== undefined && min > max) {
    out.push({ field: 'minimum_age', reason: `${min} is greater than maximum_age ${max}` });
  }
  return out;
}

function coordinates(r: Rec, ctx: RuleContext): Issue[] {
  const hasLat = r.latitude !== undefined;
  const hasLon = r.longitude !== undefined;
  if (hasLat !== hasLon) {
    const [has, lacks] = hasLat ? ['latitude', 'longitude'] : ['longitude', 'latitude'];
    return [{ field: lacks, reason: `missing: ${has} is given, so ${lacks} must be too (or neither)` }];
  }
  const lat = num(r.latitude);
  const lon = num(r.longitude);
  if (lat === undefined || lon === undefined) return [];
  const { south, west, north, east } = ctx.bounds;
  const out: Issue[] = [];
  if (lat < south || lat > north) {
    out.push({ field: 'latitude', reason: `${lat} is outside the area (${south} to ${north})` });
  }
  if (lon < west || lon > east) {
    out.push({ field: 'longitude', reason: `${lon} is outside the area (${west} to ${east})` });
  }
  return out;
}

function ladCode(r: Rec, ctx: RuleContext): Issue[] {
  const code = str(r.lad_code);
  if (code === undefined || code.trim() === '' || ctx.districtCodes.has(code)) return [];
  return [{ field: 'lad_code', reason: `"${code}" is not one of the area's district codes` }];
}

function phoneNumber(r: Rec): Issue[] {
  const number = str(r.number);
  if (number === undefined || number.trim() === '') return [];
  const textOnly = r.text_only === true;
  if (isUkPhoneNumber(number, { textOnly })) return [];
  const hint = /[^0-9 ]/.test(number)
    ? ' (digits and spaces only; put options and words in description)'
    : textOnly
      ? ''
      : ' (5-digit text codes need text_only: true)';
  return [{ field: 'number', reason: `"${number}" is not a well-formed UK phone number${hint}` }];
}

function scheduleTimes(r: Rec): Issue[] {
  const out: Issue[] = [];
  const opens = str(r.opens_at);
  const closes = str(r.closes_at);
  if (opens !== undefined && closes !== undefined && isClockTime(opens) && opens === closes) {
    out.push({
      field: 'closes_at',
      reason: `is the same as opens_at (${opens}); for all day use opens_at 00:00 and closes_at 24:00`,
    });
  }
  const from = str(r.valid_from);
  const to = str(r.valid_to);
  if (from !== undefined && to !== undefined && isIsoDate(from) && isIsoDate(to) && from > to) {
    out.push({ field: 'valid_to', reason: `${to} is before valid_from ${from}` });
  }
  return out;
}

/**
 * A session's repeat must be one the app can put into words and reckon "open now" from: weekly
 * days without a place in the month, monthly days with one (or days of the month), and a whole
 * number of weeks or months between sessions.
 */
function scheduleRepeat(r: Rec): Issue[] {
  const freq = str(r.freq);
  const byday = str(r.byday);
  const entries = byday === undefined ? [] : parseByday(byday);
  if (typeof entries === 'string') return []; // the schema has said why
  const out: Issue[] = [];
  const interval = r.interval;
  if (typeof interval === 'number' && !(Number.isInteger(interval) && interval >= 1 && interval <= 52)) {
    out.push({ field: 'interval', reason: `${interval} is not a whole number of weeks or months from 1 to 52` });
  }
  if (freq === 'WEEKLY') {
    if (byday === undefined) out.push({ field: 'byday', reason: 'missing: a weekly schedule needs its days, e.g. "MO,WE"' });
    const placed = entries.find((e) => e.week !== undefined);
    if (placed) out.push({ field: 'byday', reason: `a place in the month ("${placed.week}${placed.day}") needs freq MONTHLY` });
    if (r.bymonthday !== undefined) out.push({ field: 'bymonthday', reason: 'days of the month need freq MONTHLY' });
  }
  if (freq === 'MONTHLY') {
    if (byday === undefined && r.bymonthday === undefined) {
      out.push({ field: 'byday', reason: 'missing: a monthly schedule needs byday (e.g. "1MO", the first Monday) or bymonthday' });
    }
    const unplaced = entries.find((e) => e.week === undefined);
    if (unplaced) {
      out.push({
        field: 'byday',
        reason: `"${unplaced.day}" needs its place in the month when freq is MONTHLY ("1${unplaced.day}" first, "-1${unplaced.day}" last)`,
      });
    }
  }
  return out;
}

function serviceAreaExtent(r: Rec, ctx: RuleContext): Issue[] {
  if (r.extent_type !== 'lad_codes') return [];
  const extent = r.extent;
  if (extent === undefined) {
    return [{ field: 'extent', reason: 'missing: extent_type lad_codes needs a comma-separated list of district codes' }];
  }
  if (typeof extent !== 'string' || extent.trim() === '') return [];
  const unknown = extent
    .split(',')
    .map((code) => code.trim())
    .filter((code) => !ctx.districtCodes.has(code));
  if (unknown.length === 0) return [];
  return [{ field: 'extent', reason: `${unknown.map((c) => `"${c}"`).join(', ')} not among the area's district codes` }];
}

export const TABLE_RULES: Partial<Record<TableName, Rule[]>> = {
  services: [
    notInFuture('verified_on'),
    verification,
    ages,
    pairedSource('website_source', 'website_source_date'),
    pairedSource('email_source', 'email_source_date'),
  ],
  locations: [coordinates, ladCode],
  addresses: [factSource],
  phones: [phoneNumber, factSource],
  schedules: [scheduleTimes, scheduleRepeat, factSource],
  service_areas: [serviceAreaExtent],
};
