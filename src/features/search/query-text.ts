/**
 * What a search query may be before any search work starts (pure). A crafted link can carry
 * 100,000 characters in ?q=, and one long word used to freeze the page for close to a minute
 * in fuzzy matching (issue 21), so the query is cut to a length no parent types. Bidi control
 * characters are removed because the query is echoed back in the page: a right-to-left override
 * in it could make the sentence around it read as something the app never said.
 */

/** Longer than any question a parent types (the longest parent query in the tests is ~40). */
export const MAX_QUERY_LENGTH = 200;

/** LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM; the Arabic letter mark. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export interface CleanQuery {
  text: string;
  /** True when the query was longer than MAX_QUERY_LENGTH and was cut. */
  shortened: boolean;
}

/** Cuts first, so stripping never scans more than a few hundred characters of a huge link. */
export function cleanQuery(raw: string): CleanQuery {
  const shortened = raw.length > MAX_QUERY_LENGTH;
  // Cutting may split a surrogate pair; a lone half at the end is dropped.
  let text = shortened ? raw.slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, '') : raw;
  text = stripBidiControls(text).trim();
  return { text, shortened };
}
