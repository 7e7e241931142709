/**
 * The search index's catalogue part, made at build time (pure). Reading 3,000 services' text took
 * about 0.7 s on a cheap phone's main thread the first time search opened; the build now writes
 * which services use each word to /data/search-postings.json, and the phone only parses it.
 * The file names the catalogue it indexes (count, first and last id), so a mismatched pair is
 * never used: the app then reads the text itself, as before.
 *
 * Lists are written small, because on /search the file downloads with the catalogue before the
 * first screen: each service index as the step from the previous one, and in the postings the
 * step and the weight in one number (step × weights + the weight's place in `weights`). At 3,000
 * services that halved the file.
 */
import type { Catalogue, ServiceView } from '../catalogue/model';
import { isRecord } from '../../lib/is-record';
import { indexPostings, POSTING_WEIGHTS, type CataloguePostings, type Postings } from './search-index';
import { URGENCY_KINDS, type UrgencyKind } from './urgency-kind';

/** Where the build writes the postings and the app fetches them (precached with the catalogue). */
export const SEARCH_POSTINGS_PATH = 'data/search-postings.json';

export interface PostingsFile {
  services: number;
  first: string;
  last: string;
  /** The weights a posting can carry; each posting names one by its place in this list. */
  weights: readonly number[];
  /** word → [step × weights.length + weight's place, …] */
  postings: Record<string, number[]>;
  /** category id → [step, …] */
  byCategory: Record<string, number[]>;
  /** Kind of urgent line → service indexes (most services are none). */
  urgent: Partial<Record<UrgencyKind, number[]>>;
}

/** Each topic's English name, as search reads it: a service answers to its topics' names. */
export function topicLabel(catalogue: Catalogue): (termId: string) => string {
  const names = new Map(catalogue.terms.map((term) => [term.id, term.name]));
  return (id) => names.get(id) ?? '';
}

/** Flat [index, weight, …] pairs → one number per posting (see the top of this file). */
function packPostings(pairs: number[]): number[] {
  const packed: number[] = [];
  let previous = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const doc = pairs[k] as number;
    const place = POSTING_WEIGHTS.indexOf(pairs[k + 1] as number);
    if (place === -1 || doc < previous) throw new Error(`search postings: cannot pack index ${doc} with weight ${pairs[k + 1]}`);
    packed.push((doc - previous) * POSTING_WEIGHTS.length + place);
    previous = doc;
  }
  return packed;
}

const packSteps = (indexes: number[]) => indexes.map((doc, k) => doc - (k === 0 ? 0 : (indexes[k - 1] as number)));

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
    weights: POSTING_WEIGHTS,
    postings: Object.fromEntries([...postings].map(([word, pairs]) => [word, packPostings(pairs)])),
    byCategory: Object.fromEntries([...byCategory].map(([id, indexes]) => [id, packSteps(indexes)])),
    urgent,
  };
}

/** Lists by key, or null if any value is not a list of numbers. */
function listsIn(value: unknown): Map<string, number[]> | null {
  if (!isRecord(value)) return null;
  const lists = new Map<string, number[]>();
  for (const [key, list] of Object.entries(value)) {
    if (!Array.isArray(list)) return null;
    lists.set(key, list as number[]);
  }
  return lists;
}

/**
 * Back to flat [index, weight, …] pairs. Nothing is checked number by number: search ignores an
 * index outside the catalogue (scores.ts writes to typed arrays, which drop out-of-range
 * indexes), and a weight that is not a positive number scores nothing.
 */
function unpackPostings(packed: number[], weights: readonly number[]): number[] {
  const pairs = new Array<number>(packed.length * 2);
  const size = weights.length;
  let doc = 0;
  for (let k = 0; k < packed.length; k++) {
    const value = packed[k] as number;
    doc += Math.floor(value / size);
    pairs[2 * k] = doc;
    pairs[2 * k + 1] = weights[value % size] ?? 0;
  }
  return pairs;
}

/**
 * Each word's list is unpacked the first time a search asks for it: unpacking all of them when
 * search opened cost a cheap phone about 90 ms at 3,000 services, and a visit asks for a few dozen words.
 */
class PackedPostings implements Postings {
  private readonly unpacked = new Map<string, number[]>();

  constructor(
    private readonly packed: Map<string, number[]>,
    private readonly weights: readonly number[],
  ) {}

  get(word: string): number[] | undefined {
    let pairs = this.unpacked.get(word);
    if (!pairs) {
      const list = this.packed.get(word);
      if (!list) return undefined;
      pairs = unpackPostings(list, this.weights);
      this.unpacked.set(word, pairs);
    }
    return pairs;
  }

  keys(): Iterable<string> {
    return this.packed.keys();
  }
}

function unpackSteps(steps: number[]): number[] {
  let doc = 0;
  return steps.map((step) => (doc += step));
}

/** The postings in `file` if they index exactly these services; null for anything else. */
export function postingsFor(file: unknown, services: readonly ServiceView[]): CataloguePostings | null {
  if (!isRecord(file)) return null;
  if (file.services !== services.length || file.first !== (services[0]?.id ?? '') || file.last !== (services.at(-1)?.id ?? '')) return null;
  const weights = file.weights;
  if (!Array.isArray(weights) || weights.length === 0 || !weights.every((w) => typeof w === 'number' && w > 0)) return null;
  const packed = listsIn(file.postings);
  const steps = listsIn(file.byCategory);
  const urgent = listsIn(file.urgent);
  if (!packed || !steps || !urgent || [...urgent.keys()].some((kind) => !URGENCY_KINDS.includes(kind as UrgencyKind))) return null;
  const postings = new PackedPostings(packed, weights as number[]);
  const byCategory = new Map([...steps].map(([id, list]) => [id, unpackSteps(list)]));
  const urgency: (UrgencyKind | null)[] = services.map(() => null);
  for (const [kind, list] of urgent) for (const i of list) urgency[i] = kind as UrgencyKind;
  return { postings, byCategory, urgency };
}
