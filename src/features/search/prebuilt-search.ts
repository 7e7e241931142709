/**
 * The search index's catalogue part, made at build time (pure). Reading 3,000 services' text took
 * about 0.7 s on a cheap phone's main thread the first time search opened; the build now writes
 * which services use each word to /data/search-postings.json, and the phone only parses it.
 * The file names the catalogue it indexes (count, first and last id), so a mismatched pair is
 * never used: the app then reads the text itself, as before.
 */
import type { Catalogue, ServiceView } from '../catalogue/model';
import { isRecord } from '../../lib/is-record';
import { indexPostings, type CataloguePostings } from './search-index';
import { URGENCY_KINDS, type UrgencyKind } from './urgency-kind';

/** Where the build writes the postings and the app fetches them (precached with the catalogue). */
export const SEARCH_POSTINGS_PATH = 'data/search-postings.json';

export interface PostingsFile {
  services: number;
  first: string;
  last: string;
  postings: Record<string, number[]>;
  byCategory: Record<string, number[]>;
  /** Kind of urgent line → service indexes (most services are none). */
  urgent: Partial<Record<UrgencyKind, number[]>>;
}

/** Each topic's English name, as search reads it: a service answers to its topics' names. */
export function topicLabel(catalogue: Catalogue): (termId: string) => string {
  const names = new Map(catalogue.terms.map((term) => [term.id, term.name]));
  return (id) => names.get(id) ?? '';
}

export function postingsFile(catalogue: Catalogue): PostingsFile {
  const { services } = catalogue;
  const { postings, byCategory, urgency } = indexPostings(services, topicLabel(catalogue));
  const urgent: Partial<Record<UrgencyKind, number[]>> = {};
  urgency.forEach((kind, i) => {
    if (kind) (urgent[kind] ??= []).push(i);
  });
  return {
    services: services.length,
    first: services[0]?.id ?? '',
    last: services.at(-1)?.id ?? '',
    postings: Object.fromEntries(postings),
    byCategory: Object.fromEntries(byCategory),
    urgent,
  };
}

/**
 * Lists by key, or null if any value is not a list. The numbers are not checked one by one: that
 * cost a cheap phone 50 ms at 3,000 services, and search ignores an index outside the catalogue
 * (scores.ts writes to typed arrays, which drop out-of-range indexes).
 */
function listsIn(value: unknown): Map<string, number[]> | null {
  if (!isRecord(value)) return null;
  const lists = new Map<string, number[]>();
  for (const [key, list] of Object.entries(value)) {
    if (!Array.isArray(list)) return null;
    lists.set(key, list as number[]);
  }
  return lists;
}

/** The postings in `file` if they index exactly these services; null for anything else. */
export function postingsFor(file: unknown, services: readonly ServiceView[]): CataloguePostings | null {
  if (!isRecord(file)) return null;
  if (file.services !== services.length || file.first !== (services[0]?.id ?? '') || file.last !== (services.at(-1)?.id ?? '')) return null;
  const postings = listsIn(file.postings);
  const byCategory = listsIn(file.byCategory);
  const urgent = listsIn(file.urgent);
  if (!postings || !byCategory || !urgent || [...urgent.keys()].some((kind) => !URGENCY_KINDS.includes(kind as UrgencyKind))) return null;
  const urgency: (UrgencyKind | null)[] = services.map(() => null);
  for (const [kind, list] of urgent) for (const i of list) urgency[i] = kind as UrgencyKind;
  return { postings, byCategory, urgency };
}
