/**
 * The search the page runs (pure): words in the family's language become English
 * (translate-query.ts), places in the query sort by place, urgent words put the medical route
 * first, and the rest is matched as text by search-index.ts.
 */
import type { ServiceView } from '../catalogue/model';
import { servesDistrict, servesDistrictLocally } from '../filters/match';
import { findPlaces, type Gazetteer } from './places-in-query';
import { isEnglishWord, searchServices, type SearchIndex } from './search-index';
import { translateQuery } from './translate-query';
import { isContentWord, tokenise } from './text';
import { putUrgentFirst, routeFor } from './urgent-first';
import type { UrgencyKind } from './urgency-kind';
import { urgentNeeds, type UrgentNeed } from './urgent-words';

export interface FoundServices {
  services: ServiceView[];
  /** Normalised words to highlight in names and descriptions. */
  highlight: Set<string>;
  /** What the words call for; empty when nothing urgent was asked. */
  needs: Set<UrgentNeed>;
  /** The kinds of line put first, in order (empty when none). */
  route: UrgencyKind[];
  /** District codes of the places named in the query. */
  placeCodes: string[];
}

/**
 * 0: serves the place locally (a venue there, or an area listing it); 1: national; 2: elsewhere.
 * A place sorts rather than filters, so a misread word never hides a service.
 */
function placeTier(service: ServiceView, codes: string[]): number {
  if (codes.some((c) => servesDistrictLocally(service, c))) return 0;
  return codes.some((c) => servesDistrict(service, c)) ? 1 : 2;
}

function withEachWord(index: SearchIndex, words: string[], found: ServiceView[]): ServiceView[] {
  const all = new Set(found);
  for (const word of words.filter(isContentWord)) for (const s of searchServices(index, word).services) all.add(s);
  return [...all];
}

export function findServices(index: SearchIndex, gazetteer: Gazetteer, query: string): FoundServices {
  // A query in Polish, Urdu … becomes the English words it stands for, so urgent words in any
  // language take the same route as in English.
  const { tokens } = translateQuery(
    tokenise(query),
    query,
    () => index.foreign,
    (w) => isEnglishWord(index, w),
  );
  const { ladCodes, rest } = findPlaces(tokens, gazetteer);
  const needs = urgentNeeds(tokens);
  const route = routeFor(needs);
  // A query that is only a place ("Harlow", "help in Harlow") lists everything, local first.
  const words = ladCodes.length > 0 && !rest.some(isContentWord) ? [] : rest;
  const text = words.length > 0 ? searchServices(index, words.join(' ')) : null;
  let services = text ? text.services : ladCodes.length > 0 ? index.services : [];
  if (ladCodes.length > 0) {
    // With a place, a local service answering any one of the words beats a national one
    // answering them all ("Harlow family support": Essex's family service, not a national line).
    if (words.length > 1) services = withEachWord(index, words, services);
    const tiers = new Map(index.services.map((s) => [s, placeTier(s, ladCodes)]));
    const byPlace = (list: ServiceView[]) => [...list].sort((a, b) => (tiers.get(a) ?? 2) - (tiers.get(b) ?? 2));
    services = putUrgentFirst(byPlace(services), byPlace(index.services), route, index.urgencyKinds);
  } else {
    services = putUrgentFirst(services, index.services, route, index.urgencyKinds);
  }
  return { services, highlight: text?.highlight ?? new Set(), needs, route, placeCodes: ladCodes };
}
