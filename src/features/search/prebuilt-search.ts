/**
 * The search index's catalogue part, made at build time (pure). Reading 3,000 services' text took
 * about 0.7 s on a cheap phone's main thread the first time search opened; the build now writes
 * which services use each word to /data/search-postings.json, and the phone only parses it.
 * The file names the catalogue it indexes (count, first and last id), so a mismatched pair is
 * never used: the app then reads the text itself, as before.
 *
 * Lists are written small: each service index as the step from the previous one, and in the
 * postings the step and the weight in one number (step × weights + the weight's place in
 * `weights`), written base 36 in one comma-separated string per word. At 3,000 services that
 * made the file a sixth of its size, and a string is one token to JSON.parse where a list of
 * numbers is thousands: at 20,000 services parsing the lists was most of the first search.
 */
import type { Catalogue, ServiceView } from '../catalogue/model';
import { isRecord } from '../../lib/is-record';
import { indexPostings, POSTING_WEIGHTS, type CataloguePostings, type Lists } from './index-postings';
import { URGENCY_KINDS, type UrgencyKind } from './urgency-kind';

/** Where the build writes the postings and the app fetches them (precached with the catalogue). */
export const SEARCH_POSTINGS_PATH = 'data/search-postings.json';

export interface PostingsFile {
  services: number;
  first: string;
  last: string;
  /** The weights a posting can carry; each posting names one by its place in this list. */
  weights: readonly number[];
  /** word → "step × weights.length + weight's place, …" in base 36 */
  postings: Record<string, string>;
  /** category id → "step, …" in base 36 */
  byCategory: Record<string, string>;
  /** Kind of urgent line → service indexes (most services are none). */
  urgent: Partial<Record<UrgencyKind, number[]>>;
}

/** Each topic's English name, as search reads it: a service answers to its topics' names. */
export function topicLabel(catalogue: Catalogue): (termId: string) => string {
  const names = new Map(catalogue.terms.map((term) => [term.id, term.name]));
  return (id) => names.get(id) ?? '';
}

/** Flat [index, weight, …] pairs → one number per posting (see the top of this file). */
function packPostings(pairs: number[]): string {
  const packed: number[] = [];
  let previous = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const doc = pairs[k] as number;
    const place = POSTING_WEIGHTS.indexOf(pairs[k + 1] as number);
    if (place === -1 || doc < previous) throw new Error(`search postings: cannot pack index ${doc} with weight ${pairs[k + 1]}`);
    packed.push((doc - previous) * POSTING_WEIGHTS.length + place);
    previous = doc;
  }
  return packed.map((n) => n.toString(36)).join(',');
}

const packSteps = (indexes: number[]) => indexes.map((doc, k) => (doc - (k === 0 ? 0 : (indexes[k - 1] as number))).toString(36)).join(',');

export function postingsFile(catalogue: Catalogue): PostingsFile {
  const { services } = catalogue;
  const { postings, byCategory, urgency } = indexPostings(services, topicLabel(catalogue));
  const urgent: Partial<Record<UrgencyKind, number[]>> = {};
  for (const [i, kind] of urgency) (urgent[kind] ??= []).push(i);
  return {
    services: services.length,
    first: services[0]?.id ?? '',
    last: services.at(-1)?.id ?? '',
    weights: POSTING_WEIGHTS,
    postings: Object.fromEntries([...postings].map(([word, pairs]) => [word, packPostings(pairs)])),
    byCategory: Object.fromEntries([...byCategory].map(([id, indexes]) => [id, packSteps(indexes)])),
    urgent,
  };
}

/** Values by key, or null if any is not of the kind `is` accepts. */
function valuesIn<T>(value: unknown, is: (item: unknown) => item is T): Map<string, T> | null {
  if (!isRecord(value)) return null;
  const found = new Map<string, T>();
  for (const [key, item] of Object.entries(value)) {
    if (!is(item)) return null;
    found.set(key, item);
  }
  return found;
}

const isList = (item: unknown): item is number[] => Array.isArray(item);
const isText = (item: unknown): item is string => typeof item === 'string';

/**
 * Back to flat [index, weight, …] pairs. Nothing is checked number by number: search ignores an
 * index outside the catalogue (scores.ts writes to typed arrays, which drop out-of-range
 * indexes), and a weight that is not a positive number scores nothing (NaN from junk too).
 */
function unpackPostings(packed: string, weights: readonly number[]): number[] {
  const values = packed.split(',');
  const pairs = new Array<number>(values.length * 2);
  const size = weights.length;
  let doc = 0;
  for (let k = 0; k < values.length; k++) {
    const value = parseInt(values[k] as string, 36);
    doc += Math.floor(value / size);
    pairs[2 * k] = doc;
    pairs[2 * k + 1] = weights[value % size] ?? 0;
  }
  return pairs;
}

/**
 * Each list is unpacked the first time a search asks for it: unpacking all of them when search
 * opened cost a cheap phone about 90 ms at 3,000 services, and a visit asks for a few dozen.
 */
class PackedLists implements Lists {
  private readonly unpacked = new Map<string, number[]>();

  constructor(
    private readonly packed: Map<string, string>,
    private readonly unpack: (packed: string) => number[],
  ) {}

  get(key: string): number[] | undefined {
    let list = this.unpacked.get(key);
    if (!list) {
      const packed = this.packed.get(key);
      if (packed === undefined) return undefined;
      list = this.unpack(packed);
      this.unpacked.set(key, list);
    }
    return list;
  }

  keys(): Iterable<string> {
    return this.packed.keys();
  }
}

function unpackSteps(steps: string): number[] {
  let doc = 0;
  return steps.split(',').map((step) => (doc += parseInt(step, 36)));
}

/** The postings in `file` if they index exactly these services; null for anything else. */
export function postingsFor(file: unknown, services: readonly ServiceView[]): CataloguePostings | null {
  if (!isRecord(file)) return null;
  if (file.services !== services.length || file.first !== (services[0]?.id ?? '') || file.last !== (services.at(-1)?.id ?? '')) return null;
  const weights = file.weights;
  if (!Array.isArray(weights) || weights.length === 0 || !weights.every((w) => typeof w === 'number' && w > 0)) return null;
  const packed = valuesIn(file.postings, isText);
  const steps = valuesIn(file.byCategory, isText);
  const urgent = valuesIn(file.urgent, isList);
  if (!packed || !steps || !urgent || [...urgent.keys()].some((kind) => !URGENCY_KINDS.includes(kind as UrgencyKind))) return null;
  const postings = new PackedLists(packed, (list) => unpackPostings(list, weights as number[]));
  const byCategory = new PackedLists(steps, unpackSteps);
  const urgency = new Map<number, UrgencyKind>();
  for (const [kind, list] of urgent) for (const i of list) urgency.set(i, kind as UrgencyKind);
  return { postings, byCategory, urgency };
}
