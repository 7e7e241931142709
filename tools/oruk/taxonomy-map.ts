/**
 * Feed taxonomy terms and ages → our life stages and categories, from the mappings kept in
 * data/taxonomy-mappings.json (so a council can add its own terms without touching code).
 * Pure: the caller reads the file and passes the parsed JSON to parseMappings.
 */
import type { TaxonomyTerm } from '../../src/features/catalogue/oruk';
import { isRec } from './text';

export interface MappingRule {
  names: string[];
  uris?: string[];
  to: string[];
}

export interface AgeStage {
  term: string;
  /** Years, inclusive. */
  from: number;
  to: number;
}

export interface TaxonomyMappings {
  esd_uri_prefix: string;
  rules: MappingRule[];
  age_stages: AgeStage[];
  /** A service whose minimum_age is in this range is only for older children: not imported. */
  out_of_scope_min_age?: { from: number; to: number };
  other_term: TaxonomyTerm;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Checks the parsed mappings file; throws with plain words when it is malformed. */
export function parseMappings(value: unknown): TaxonomyMappings {
  const bad = (what: string): never => {
    throw new Error(`taxonomy-mappings.json: ${what}`);
  };
  if (!isRec(value)) return bad('must hold an object');
  if (typeof value.esd_uri_prefix !== 'string') bad('esd_uri_prefix must be text');
  if (!Array.isArray(value.rules)) bad('rules must be a list');
  (value.rules as unknown[]).forEach((r, i) => {
    if (!isRec(r) || !strings(r.names) || !strings(r.to) || (r.uris !== undefined && !strings(r.uris))) {
      bad(`rule ${i + 1} must have names and to (lists of text), and uris if any as a list of text`);
    }
  });
  const stageOk = (s: unknown) => isRec(s) && typeof s.term === 'string' && typeof s.from === 'number' && typeof s.to === 'number';
  if (!Array.isArray(value.age_stages) || !value.age_stages.every(stageOk)) bad('age_stages must be a list of { term, from, to }');
  const other = value.other_term;
  if (!isRec(other) || typeof other.id !== 'string' || typeof other.name !== 'string') bad('other_term must have id and name');
  return value as unknown as TaxonomyMappings;
}

/** "Children’s Centres & Hubs" → "childrens centres and hubs": how names are compared. */
export function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A feed term as the mapper sees it. */
export interface TermRef {
  id?: string;
  name: string;
  term_uri?: string;
  /** The vocabulary or taxonomy name, e.g. "esdServiceTypes". */
  vocabulary?: string;
}

export interface TermMatcher {
  /** Our term ids for a feed term, or undefined when no rule matches it. */
  match(term: TermRef): string[] | undefined;
  /** Life stages from ages (years), by overlap of [min, max] with each stage's range. */
  stagesFromAges(min: number | undefined, max: number | undefined): string[];
  /** Why a service with these ages is out of the app's scope, or undefined. */
  outOfScope(min: number | undefined, max: number | undefined): string | undefined;
}

export function termMatcher(m: TaxonomyMappings): TermMatcher {
  const byName = new Map<string, Set<string>>();
  const byUri = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, to: string[]) => {
    const set = map.get(key) ?? new Set<string>();
    to.forEach((t) => set.add(t));
    map.set(key, set);
  };
  for (const rule of m.rules) {
    rule.names.forEach((n) => add(byName, nameKey(n), rule.to));
    rule.uris?.forEach((u) => add(byUri, u.trim().toLowerCase(), rule.to));
  }
  // esd ids arrive as "242", "esd:242" or a full URI; all become the URI.
  const esdUri = (t: TermRef): string | undefined => {
    if (!t.vocabulary || !/esd/i.test(t.vocabulary) || !t.id) return undefined;
    const digits = /(\d+)$/.exec(t.id)?.[1];
    return digits ? `${m.esd_uri_prefix}${digits}`.toLowerCase() : undefined;
  };
  return {
    match(term) {
      const found = new Set<string>();
      for (const uri of [term.term_uri?.toLowerCase(), esdUri(term)]) {
        if (uri) byUri.get(uri)?.forEach((t) => found.add(t));
      }
      byName.get(nameKey(term.name))?.forEach((t) => found.add(t));
      return found.size > 0 ? [...found] : undefined;
    },
    stagesFromAges(min, max) {
      if (min === undefined && max === undefined) return [];
      const lo = min ?? 0;
      const hi = max ?? Number.POSITIVE_INFINITY;
      return m.age_stages.filter((s) => lo <= s.to && hi >= s.from).map((s) => s.term);
    },
    outOfScope(min) {
      const range = m.out_of_scope_min_age;
      if (!range || min === undefined || min < range.from || min > range.to) return undefined;
      return `for ages ${min} and over: outside the app's range (before pregnancy to starting school)`;
    },
  };
}
