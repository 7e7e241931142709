/**
 * The search index for a loaded catalogue, with the shipped synonyms list and the other
 * languages' vocabularies (pure). One place
 * builds it, so the search page, the parent-query tests and the benchmark all search alike.
 */
import synonymsFile from '../../../data/synonyms.json';
import type { Catalogue } from '../catalogue/model';
import { CATEGORY_TAXONOMY } from '../catalogue/oruk';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { shippedVocabularies } from './shipped-vocabularies';
import { validateSynonyms } from './synonyms';

export function categoryIds(catalogue: Catalogue): Set<string> {
  return new Set(catalogue.terms.filter((t) => t.taxonomyId === CATEGORY_TAXONOMY).map((t) => t.id));
}

/** Builds once per catalogue; a bad synonyms group is left out rather than breaking search. */
export function createCatalogueSearch(catalogue: Catalogue, synonymsRaw: unknown = synonymsFile): SearchIndex {
  const names = new Map(catalogue.terms.map((term) => [term.id, term.name]));
  const { groups } = validateSynonyms(synonymsRaw, categoryIds(catalogue));
  return buildSearchIndex(catalogue.services, (id) => names.get(id) ?? '', groups, shippedVocabularies());
}

const built = new WeakMap<Catalogue, SearchIndex>();

/** The shipped-synonyms index for this catalogue, built once: returning to the search page reuses it. */
export function catalogueSearch(catalogue: Catalogue): SearchIndex {
  let index = built.get(catalogue);
  if (!index) {
    index = createCatalogueSearch(catalogue);
    built.set(catalogue, index);
  }
  return index;
}
