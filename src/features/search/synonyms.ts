/**
 * The synonyms list (data/synonyms.json): parents' words → the terms services use.
 * validateSynonyms checks the file's shape and that every category exists; it never throws,
 * so a bad group is reported (tests, build) and dropped at run time while the rest still work.
 */
import { tokenise } from './text';
import { isRecord } from '../../lib/is-record';

export interface SynonymGroup {
  /** Phrases a parent might type, as word lists ("baby blues" → ["baby", "blues"]). */
  words: string[][];
  /** Service terms searched for instead, as word lists. */
  means: string[][];
  /** Category ids whose services rank first. */
  categories: string[];
}

export interface SynonymCheck {
  groups: SynonymGroup[];
  /** Plain-English problems, each naming the group (1-based) and the field. */
  problems: string[];
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function checkGroup(raw: unknown, n: number, categoryIds: ReadonlySet<string>, problems: string[]): SynonymGroup | null {
  const where = `synonyms group ${n}`;
  if (!isRecord(raw)) {
    problems.push(`${where}: must be an object with "words", "means" and "categories"`);
    return null;
  }
  const { words, means, categories } = raw;
  const before = problems.length;
  for (const [field, value] of [
    ['words', words],
    ['means', means],
    ['categories', categories],
  ] as const) {
    if (!isStringList(value)) problems.push(`${where}: "${field}" must be a list of text`);
  }
  if (problems.length > before) return null;
  const group = {
    words: (words as string[]).map(tokenise),
    means: (means as string[]).map(tokenise),
    categories: categories as string[],
  };
  if (group.words.length === 0) problems.push(`${where}: "words" is empty`);
  if (group.means.length === 0 && group.categories.length === 0) {
    problems.push(`${where}: needs at least one of "means" or "categories"`);
  }
  (words as string[]).forEach((w, i) => {
    if ((group.words[i] ?? []).length === 0) problems.push(`${where}: word "${w}" has no letters or digits`);
  });
  for (const id of group.categories) {
    if (!categoryIds.has(id)) problems.push(`${where}: unknown category "${id}"`);
  }
  return problems.length > before ? null : group;
}

/** Checks the parsed JSON of data/synonyms.json against the catalogue's category ids. */
export function validateSynonyms(raw: unknown, categoryIds: ReadonlySet<string>): SynonymCheck {
  const problems: string[] = [];
  const list = isRecord(raw) ? raw.groups : undefined;
  if (!Array.isArray(list)) return { groups: [], problems: ['synonyms: expected an object with a "groups" list'] };
  const groups = list.flatMap((g, i) => checkGroup(g, i + 1, categoryIds, problems) ?? []);
  // The same phrase in two groups would make its meaning depend on the file's order.
  const seen = new Map<string, number>();
  list.forEach((g, i) => {
    const words = isRecord(g) ? g.words : undefined;
    if (!isStringList(words)) return;
    for (const phrase of words.map((w) => tokenise(w).join(' '))) {
      const first = seen.get(phrase);
      if (first !== undefined && first !== i + 1) problems.push(`synonyms group ${i + 1}: "${phrase}" is also in group ${first}`);
      else seen.set(phrase, i + 1);
    }
  });
  return { groups, problems };
}
