/**
 * The search index for a loaded catalogue, with the shipped synonyms list and the other
 * languages' vocabularies (pure). One place
 * builds it, so the search page, the parent-query tests and the benchmark all search alike.
 */
import synonymsFile from '../../../data/synonyms.json';
import type { Catalogue } from '../catalogue/model';
import { CATEGORY_TAXONOMY } from '../catalogue/oruk';
import { postingsFor, SEARCH_POSTINGS_PATH, topicLabel } from './prebuilt-search';
import { indexPostings, type CataloguePostings } from './index-postings';
import { assembleSearchIndex, type SearchIndex } from './search-index';
import { shippedVocabularies } from './shipped-vocabularies';
import { validateSynonyms } from './synonyms';

export function categoryIds(catalogue: Catalogue): Set<string> {
  return new Set(catalogue.terms.filter((t) => t.taxonomyId === CATEGORY_TAXONOMY).map((t) => t.id));
}

/**
 * The index for this catalogue; a bad synonyms group is left out rather than breaking search.
 * Given the build's `postings` (prebuilt-search.ts) it skips reading every service's text.
 */
export function createCatalogueSearch(
  catalogue: Catalogue,
  synonymsRaw: unknown = synonymsFile,
  postings?: CataloguePostings,
): SearchIndex {
  const { groups } = validateSynonyms(synonymsRaw, categoryIds(catalogue));
  const found = postings ?? indexPostings(catalogue.services, topicLabel(catalogue));
  return assembleSearchIndex(catalogue.services, found, groups, shippedVocabularies);
}

const built = new WeakMap<Catalogue, SearchIndex>();

/**
 * Puts the index in place from the build's postings, so the search page never reads the whole
 * catalogue's text on the phone. Offline the file comes from the service worker's precache with
 * the catalogue. If it is missing or is for another catalogue, nothing is lost: catalogueSearch()
 * then builds the index as the page renders.
 */
export async function loadCatalogueSearch(catalogue: Catalogue): Promise<void> {
  if (built.has(catalogue)) return;
  try {
    const response = await fetch(`/${SEARCH_POSTINGS_PATH}`);
    const postings = response.ok ? postingsFor(await response.json(), catalogue.services) : null;
    if (postings && !built.has(catalogue)) built.set(catalogue, createCatalogueSearch(catalogue, synonymsFile, postings));
  } catch {
    // Offline before the first visit finished, or a damaged file: the page builds its own.
  }
}

/** The index for this catalogue if it is already in place (loaded or built), else null: nothing is built here. */
export function readyCatalogueSearch(catalogue: Catalogue): SearchIndex | null {
  return built.get(catalogue) ?? null;
}

/** The shipped-synonyms index for this catalogue, built once: returning to the search page reuses it. */
export function catalogueSearch(catalogue: Catalogue): SearchIndex {
  let index = built.get(catalogue);
  if (!index) {
    index = createCatalogueSearch(catalogue);
    built.set(catalogue, index);
  }
  return index;
}
