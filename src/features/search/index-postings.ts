/**
 * Which services use each word (pure), the part of the search index that reads the catalogue's
 * text: a service's name counts most, then its topics, organisation and towns, then its
 * description and its described sessions. The build runs it (prebuilt-search.ts) so a phone
 * does not; search-index.ts puts the rest of the index together around it.
 */
import type { ServiceView } from '../catalogue/model';
import type { Weekday } from '../../lib/weekdays';
import { tokenise } from './text';
import { urgencyKindOf, type UrgencyKind } from './urgency-kind';
const FIELD_WEIGHTS = { name: 3, topic: 2, organisation: 1.5, town: 1.5, description: 1 } as const;
/** Every weight a posting can carry, smallest first (prebuilt-search.ts writes each as its place here). */
export const POSTING_WEIGHTS: readonly number[] = [...new Set(Object.values(FIELD_WEIGHTS))].sort((a, b) => a - b);

function fieldsOf(service: ServiceView, topicLabel: (id: string) => string): [string, number][] {
  return [
    [service.name, FIELD_WEIGHTS.name],
    ...[...service.categories, ...service.lifeStages].map((id): [string, number] => [topicLabel(id), FIELD_WEIGHTS.topic]),
    [service.organisation.name, FIELD_WEIGHTS.organisation],
    ...service.locations.map((l): [string, number] => [`${l.name} ${l.address?.town ?? ''}`, FIELD_WEIGHTS.town]),
    [service.description, FIELD_WEIGHTS.description],
    // A council's sessions ("Stay and play, Tuesday"): their words and days, so "stay and play
    // tuesday" puts Tuesday's first. Only described sessions: every service's opening days would
    // make "sun cream" find everything open on Sunday.
    ...service.schedules
      .filter((s) => s.description)
      .map((s): [string, number] => [`${s.description} ${s.days.map((day) => DAY_WORDS[day]).join(' ')}`, FIELD_WEIGHTS.description]),
  ];
}

const DAY_WORDS: Record<Weekday, string> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
};

/** Lists of numbers by key: a Map, or one that unpacks each list on first use (prebuilt-search.ts). */
export interface Lists {
  get(key: string): number[] | undefined;
  keys(): Iterable<string>;
}

/** The part of the index that depends on the catalogue's text: which services use each word. */
export interface CataloguePostings {
  /** word → flat pairs [serviceIndex, weight, serviceIndex, weight, …] */
  postings: Lists;
  /** category term id → service indexes */
  byCategory: Lists;
  /** The urgent lines' kinds, by service index (any other service: none). */
  urgency: Map<number, UrgencyKind>;
}

/**
 * Reads every service's text once. The costly part of the index (about 0.7 s at 3,000 services on
 * a cheap phone), so the build does it (prebuilt-search.ts) and the phone only loads the result.
 */
export function indexPostings(
  services: readonly ServiceView[],
  topicLabel: (termId: string) => string,
): CataloguePostings & { postings: Map<string, number[]>; byCategory: Map<string, number[]> } {
  const postings = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  services.forEach((service, i) => {
    const best = new Map<string, number>();
    for (const [text, weight] of fieldsOf(service, topicLabel)) {
      for (const word of tokenise(text)) if ((best.get(word) ?? 0) < weight) best.set(word, weight);
    }
    for (const [word, weight] of best) {
      const list = postings.get(word);
      if (list) list.push(i, weight);
      else postings.set(word, [i, weight]);
    }
    for (const id of service.categories) {
      const list = byCategory.get(id);
      if (list) list.push(i);
      else byCategory.set(id, [i]);
    }
  });
  const urgency = new Map<number, UrgencyKind>();
  services.forEach((service, i) => {
    const kind = urgencyKindOf(service);
    if (kind) urgency.set(i, kind);
  });
  return { postings, byCategory, urgency };
}
