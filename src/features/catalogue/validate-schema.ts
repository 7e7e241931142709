/**
 * The shape of every catalogue table (the same records as oruk.ts's types: schema-in-step.ts makes the
 * type checker hold the two together) and the per-field checks:
 * type, required, enum and single-value format. Unknown extra fields are allowed.
 */
import type { TableName } from './oruk';
import {
  bydayProblem,
  monthDaysProblem,
  emailProblem,
  idProblem,
  isClockTime,
  isHttpUrl,
  isIsoDate,
  isSourceDate,
  postcodeProblem,
  websiteProblem,
} from './validate-fields';

export interface Issue {
  field: string;
  reason: string;
}

export type FieldType = 'string' | 'number' | 'boolean' | 'string[]';

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
  /** Reason given when a required field is missing (default "required field is missing"). */
  missing?: string;
  oneOf?: readonly string[];
  /** Returns a reason when a (well-typed) string, or each string of a string[], is malformed. */
  format?: (s: string) => string | undefined;
}

type Schema = Readonly<Record<string, FieldSpec>>;

const date = (s: string) => (isIsoDate(s) ? undefined : `"${s}" is not a real date in the form YYYY-MM-DD`);
// Citations (source_url, term_uri) may be http: they name the page we read; a website a family taps must be https.
const url = (s: string) => (isHttpUrl(s) ? undefined : `"${s}" is not an absolute http(s) URL`);
const website = websiteProblem;
const email = emailProblem;
const time = (s: string) => (isClockTime(s) ? undefined : `"${s}" is not a time HH:MM between 00:00 and 23:59`);
const closingTime = (s: string) => (isClockTime(s, { allow24: true }) ? undefined : `"${s}" is not a time HH:MM between 00:00 and 24:00`);
const sourceDate = (s: string) =>
  isSourceDate(s) || s === 'undated' ? undefined : `"${s}" must be a year (YYYY), a month (YYYY-MM), a date (YYYY-MM-DD) or "undated"`;
const factPages = { type: 'string[]', format: url } satisfies FieldSpec;
const factDate = { type: 'string', format: sourceDate } satisfies FieldSpec;
const langCode = (s: string) => (/^[a-z]{2}$/.test(s) ? undefined : `"${s}" is not a two-letter ISO 639-1 code`);

const str = { type: 'string' } satisfies FieldSpec;
const reqStr = { type: 'string', required: true } satisfies FieldSpec;
// Ids and references to them end up in links, so both are held to the safe character set.
const id = { type: 'string', required: true, format: idProblem } satisfies FieldSpec;
const ref = id;
const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

// `satisfies`, not a type annotation: each field's literal spec is kept (TableSchemas), so
// schema-in-step.ts can read the records a schema accepts and hold them to oruk.ts's types.
const SCHEMAS = {
  organizations: {
    id,
    name: reqStr,
    description: reqStr,
    website: { type: 'string', format: website },
    email: { type: 'string', format: email },
  },
  services: {
    id,
    organization_id: ref,
    name: reqStr,
    description: reqStr,
    status: { type: 'string', required: true, oneOf: SERVICE_STATUSES },
    url: { type: 'string', format: website },
    email: { type: 'string', format: email },
    fees: str,
    minimum_age: { type: 'number' },
    maximum_age: { type: 'number' },
    eligibility_description: str,
    alert: str,
    assured_date: { type: 'string', format: date },
    last_modified: str,
    source_url: {
      type: 'string[]',
      required: true,
      missing: 'missing: every service must say where its facts came from',
      format: url,
    },
    website_source: factPages,
    website_source_date: factDate,
    email_source: factPages,
    email_source_date: factDate,
    verified_on: { type: 'string', format: date },
    verified_by_role: str,
    verified_how: str,
    rules_from: str,
  },
  locations: {
    id,
    location_type: { type: 'string', required: true, oneOf: LOCATION_TYPES },
    name: reqStr,
    description: str,
    latitude: { type: 'number' },
    longitude: { type: 'number' },
    coordinates_from: str,
    lad_code: str,
  },
  addresses: {
    id,
    location_id: ref,
    address_1: str,
    city: reqStr,
    state_province: str,
    postal_code: { type: 'string', format: postcodeProblem },
    country: reqStr,
    address_type: { type: 'string', required: true, oneOf: LOCATION_TYPES },
    source_url: factPages,
    source_date: factDate,
  },
  service_at_locations: { id, service_id: ref, location_id: ref },
  contacts: { id, service_id: ref, name: str, title: str },
  phones: {
    id,
    contact_id: ref,
    number: reqStr,
    description: str,
    text_only: { type: 'boolean' },
    source_url: factPages,
    source_date: factDate,
    national_number: { type: 'boolean' },
  },
  schedules: {
    id,
    service_id: ref,
    freq: { type: 'string', required: true, oneOf: ['WEEKLY', 'MONTHLY'] as const },
    interval: { type: 'number' },
    byday: { type: 'string', format: bydayProblem },
    bymonthday: { type: 'string', format: monthDaysProblem },
    dtstart: { type: 'string', format: date },
    opens_at: { type: 'string', required: true, format: time },
    closes_at: { type: 'string', required: true, format: closingTime },
    valid_from: { type: 'string', format: date },
    valid_to: { type: 'string', format: date },
    description: str,
    notes: str,
    attending_type: str,
    phone_id: { type: 'string', format: idProblem },
    source_url: factPages,
    source_date: factDate,
    national_number: { type: 'boolean' },
  },
  cost_options: { id, service_id: ref, option: str, amount: { type: 'number' }, amount_description: str },
  languages: { id, service_id: ref, name: reqStr, code: { type: 'string', required: true, format: langCode } },
  service_areas: {
    id,
    service_id: ref,
    name: reqStr,
    extent_type: { type: 'string', required: true, oneOf: ['lad_codes', 'country'] as const },
    extent: str,
  },
  accessibility: { id, location_id: ref, description: reqStr, details: str },
  taxonomies: { id, name: reqStr, description: reqStr, uri: { type: 'string', format: url } },
  taxonomy_terms: {
    id,
    name: reqStr,
    description: reqStr,
    taxonomy_id: ref,
    parent_id: { type: 'string', format: idProblem },
    term_uri: { type: 'string', format: url },
  },
  attributes: {
    id,
    link_type: { type: 'string', required: true, oneOf: ['service'] as const },
    link_id: ref,
    taxonomy_term_id: ref,
  },
} satisfies Readonly<Record<TableName, Schema>>;

export type TableSchemas = typeof SCHEMAS;
export const TABLE_SCHEMAS: Readonly<Record<TableName, Schema>> = SCHEMAS;

const DATASET_FIELDS = {
  name: reqStr,
  publisher: reqStr,
  built_on: {
    type: 'string',
    required: true,
    missing: 'missing: say when the catalogue was built or imported',
    format: date,
  },
  licence_note: reqStr,
} satisfies Schema;

export type DatasetSchema = typeof DATASET_FIELDS;
export const DATASET_SCHEMA: Schema = DATASET_FIELDS;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const TYPE_WORDS: Record<FieldType, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  'string[]': 'a list of text',
};

/** Type, required, enum and format problems of one field. */
function checkField(field: string, spec: FieldSpec, value: unknown): Issue[] {
  const issue = (reason: string): Issue[] => [{ field, reason }];
  if (value === undefined) {
    return spec.required ? issue(spec.missing ?? 'required field is missing') : [];
  }
  if (value === null) return issue('is null: leave the field out when it is unknown');
  const wrongType = issue(`must be ${TYPE_WORDS[spec.type]}, not ${describe(value)}`);
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrongType;
    case 'number':
      if (typeof value !== 'number') return wrongType;
      return Number.isFinite(value) ? [] : issue('must be a finite number');
    case 'string': {
      if (typeof value !== 'string') return wrongType;
      if (value.trim() === '') return issue('is empty: leave the field out when it is unknown');
      if (spec.oneOf && !spec.oneOf.includes(value)) {
        return issue(`"${value}" is not one of: ${spec.oneOf.join(', ')}`);
      }
      const reason = spec.format?.(value);
      return reason ? issue(reason) : [];
    }
    case 'string[]': {
      if (!Array.isArray(value)) return wrongType;
      if (value.length === 0) {
        return issue(spec.missing ? `is empty; ${spec.missing}` : 'is an empty list: leave the field out');
      }
      const out: Issue[] = [];
      value.forEach((item: unknown, i) => {
        if (typeof item !== 'string' || item.trim() === '') {
          out.push({ field, reason: `item ${i + 1} must be non-empty text, not ${describe(item)}` });
          return;
        }
        const reason = spec.format?.(item);
        if (reason) out.push({ field, reason: `item ${i + 1}: ${reason}` });
      });
      return out;
    }
  }
}

/** Every field problem of one record against its schema. */
export function checkFields(record: Record<string, unknown>, schema: Schema): Issue[] {
  return Object.entries(schema).flatMap(([field, spec]) => checkField(field, spec, record[field]));
}
