/**
 * Checks across records: ids present and unique per table, references that resolve,
 * and every active service tagged with a life stage and a category.
 */
import { CATEGORY_TAXONOMY, LIFE_STAGE_TAXONOMY, type TableName } from './oruk';
import type { Problem } from './validate-problem';

type Rec = Record<string, unknown>;
/** Each table's records by position; undefined where the item was not an object. */
export type Tables = Partial<Record<TableName, readonly (Rec | undefined)[]>>;

export const catalogueFile = (name: string): string => `data/catalogue/${name}.json`;

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The record's id, or "(record N)" (N counting from 1) when it has none. */
export function recordLabel(record: Rec | undefined, index: number): string {
  const id = record?.id;
  return nonEmpty(id) ? id : `(record ${index + 1})`;
}

interface Reference {
  table: TableName;
  field: string;
  target: TableName;
  noun: string;
}

const ref = (table: TableName, field: string, target: TableName, noun: string): Reference => ({
  table,
  field,
  target,
  noun,
});

const REFERENCES: readonly Reference[] = [
  ref('services', 'organization_id', 'organizations', 'organization'),
  ref('service_at_locations', 'service_id', 'services', 'service'),
  ref('service_at_locations', 'location_id', 'locations', 'location'),
  ref('addresses', 'location_id', 'locations', 'location'),
  ref('contacts', 'service_id', 'services', 'service'),
  ref('phones', 'contact_id', 'contacts', 'contact'),
  ref('schedules', 'service_id', 'services', 'service'),
  ref('schedules', 'phone_id', 'phones', 'phone'),
  ref('cost_options', 'service_id', 'services', 'service'),
  ref('languages', 'service_id', 'services', 'service'),
  ref('service_areas', 'service_id', 'services', 'service'),
  ref('accessibility', 'location_id', 'locations', 'location'),
  ref('taxonomy_terms', 'taxonomy_id', 'taxonomies', 'taxonomy'),
  ref('taxonomy_terms', 'parent_id', 'taxonomy_terms', 'taxonomy term'),
  ref('attributes', 'link_id', 'services', 'service'),
  ref('attributes', 'taxonomy_term_id', 'taxonomy_terms', 'taxonomy term'),
];

/** Missing ids and repeated ids (the second and later occurrences). */
export function idProblems(tables: Tables): Problem[] {
  const out: Problem[] = [];
  for (const [table, records] of Object.entries(tables) as [TableName, readonly (Rec | undefined)[]][]) {
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      if (!record) return;
      const file = catalogueFile(table);
      const id = record.id;
      if (!nonEmpty(id)) return; // reported by the field checks
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, index);
      } else {
        out.push({ file, id, field: 'id', reason: `duplicate id: record ${index + 1} repeats record ${first + 1}` });
      }
    });
  }
  return out;
}

function idsOf(records: readonly (Rec | undefined)[]): Set<string> {
  const ids = new Set<string>();
  for (const record of records) if (record && nonEmpty(record.id)) ids.add(record.id);
  return ids;
}

/**
 * References that point at no record, and phone-line hours on another service's line.
 * Tables that are missing or unreadable are skipped.
 */
export function referenceProblems(tables: Tables): Problem[] {
  const out: Problem[] = [];
  for (const { table, field, target, noun } of REFERENCES) {
    const records = tables[table];
    const targets = tables[target];
    if (!records || !targets) continue;
    const ids = idsOf(targets);
    records.forEach((record, index) => {
      const value = record?.[field];
      if (!record || !nonEmpty(value) || ids.has(value)) return;
      if (table === 'attributes' && field === 'link_id' && record.link_type !== 'service') return;
      out.push({
        file: catalogueFile(table),
        id: recordLabel(record, index),
        field,
        reason: `"${value}" does not match any ${noun}`,
      });
    });
  }
  return [...out, ...phoneLineProblems(tables)];
}

/**
 * A schedule that names a phone line gives that line's hours, so the line must be one of the
 * schedule's own service's phones (through its contact): another service's line would show
 * hours on the wrong page. Unknown phones and contacts are reported by referenceProblems.
 */
export function phoneLineProblems(tables: Tables): Problem[] {
  const { schedules, phones, contacts } = tables;
  if (!schedules || !phones || !contacts) return [];
  const serviceOfContact = new Map<string, unknown>();
  for (const c of contacts) if (c && nonEmpty(c.id)) serviceOfContact.set(c.id, c.service_id);
  const serviceOfPhone = new Map<string, unknown>();
  for (const p of phones) {
    if (p && nonEmpty(p.id) && nonEmpty(p.contact_id)) serviceOfPhone.set(p.id, serviceOfContact.get(p.contact_id));
  }
  const out: Problem[] = [];
  schedules.forEach((schedule, index) => {
    const phone = schedule?.phone_id;
    if (!schedule || !nonEmpty(phone) || !serviceOfPhone.has(phone)) return;
    const owner = serviceOfPhone.get(phone);
    if (!nonEmpty(owner) || owner === schedule.service_id) return;
    out.push({
      file: catalogueFile('schedules'),
      id: recordLabel(schedule, index),
      field: 'phone_id',
      reason: `phone "${phone}" belongs to service "${owner}", not to this schedule's service "${String(schedule.service_id)}"`,
    });
  });
  return out;
}

const REQUIRED_TAGS = [
  { taxonomy: LIFE_STAGE_TAXONOMY, words: 'a life stage' },
  { taxonomy: CATEGORY_TAXONOMY, words: 'a category' },
] as const;

/** Every active service needs an attribute in bsf-life-stage and one in bsf-category. */
export function taggingProblems(tables: Tables): Problem[] {
  const { services, attributes, taxonomy_terms: terms } = tables;
  if (!services || !attributes || !terms) return [];
  const taxonomyOfTerm = new Map<string, string>();
  for (const term of terms) {
    if (term && nonEmpty(term.id) && nonEmpty(term.taxonomy_id)) taxonomyOfTerm.set(term.id, term.taxonomy_id);
  }
  const taxonomiesOfService = new Map<string, Set<string>>();
  for (const attribute of attributes) {
    if (!attribute || attribute.link_type !== 'service' || !nonEmpty(attribute.link_id)) continue;
    const taxonomy = nonEmpty(attribute.taxonomy_term_id) ? taxonomyOfTerm.get(attribute.taxonomy_term_id) : undefined;
    if (taxonomy === undefined) continue;
    const set = taxonomiesOfService.get(attribute.link_id) ?? new Set<string>();
    set.add(taxonomy);
    taxonomiesOfService.set(attribute.link_id, set);
  }
  const out: Problem[] = [];
  for (const service of services) {
    if (!service || service.status !== 'active' || !nonEmpty(service.id)) continue;
    const has = taxonomiesOfService.get(service.id);
    for (const { taxonomy, words } of REQUIRED_TAGS) {
      if (has?.has(taxonomy)) continue;
      out.push({
        file: catalogueFile('services'),
        id: service.id,
        field: 'attributes',
        reason: `active service has no attribute in taxonomy ${taxonomy}: give it ${words}`,
      });
    }
  }
  return out;
}
