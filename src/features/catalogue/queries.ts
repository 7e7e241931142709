/** Plain questions asked of the catalogue (pure). */
import type { Catalogue, ServiceView, TermView } from './model';
import { CATEGORY_TAXONOMY } from './oruk';

/** The life stages in the order a family meets them. */
export const LIFE_STAGE_IDS = ['stage-preconception', 'stage-pregnancy', 'stage-babies-toddlers', 'stage-early-years'] as const;

/** A term of one taxonomy by id, or undefined (a junk URL gets "not found", not a crash). */
export function findTerm(catalogue: Catalogue, taxonomyId: string, id: string): TermView | undefined {
  return catalogue.terms.find((t) => t.id === id && t.taxonomyId === taxonomyId);
}

/** The services tagged with a life stage or category. */
export function servicesWithTerm(catalogue: Catalogue, termId: string): ServiceView[] {
  return catalogue.services.filter((s) => s.lifeStages.includes(termId) || s.categories.includes(termId));
}

const byIdCache = new WeakMap<readonly ServiceView[], ReadonlyMap<string, ServiceView>>();

/** The services by id, built once per list: a page, a pathway ending or the saved list looks up many. */
export function servicesById(services: readonly ServiceView[]): ReadonlyMap<string, ServiceView> {
  let byId = byIdCache.get(services);
  if (!byId) {
    byId = new Map(services.map((s) => [s.id, s]));
    byIdCache.set(services, byId);
  }
  return byId;
}

export function categoryTerms(catalogue: Catalogue): TermView[] {
  return catalogue.terms.filter((t) => t.taxonomyId === CATEGORY_TAXONOMY);
}

/** Groups services under their categories, in the catalogue's category order; a service can appear under several. */
export function groupByCategory(catalogue: Catalogue, services: ServiceView[]): { term: TermView; services: ServiceView[] }[] {
  return categoryTerms(catalogue)
    .map((term) => ({ term, services: services.filter((s) => s.categories.includes(term.id)) }))
    .filter((group) => group.services.length > 0);
}

/** Digits for a tel:/sms: link ("0300 330 7010" → "03003307010"). */
export function dialString(number: string): string {
  return number.replace(/[^\d+]/g, '');
}
