/**
 * UK terms a family may not know (health visitor, GP, Healthy Start, SEND …), each with a plain
 * one-line meaning in every interface language. Pure: finds which terms a text uses, and gives a
 * term's words in a language, falling back to English.
 */
import glossary from './glossary.json';

type Texts = Record<string, string>;
interface Entry {
  id: string;
  match: string[];
  term: Texts;
  meaning: Texts;
}

const ENTRIES = glossary.terms as Entry[];

export interface Explained {
  id: string;
  term: string;
  meaning: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Acronyms (SEND, GP, EHCP) match only in capitals, so "send a text" is not SEND;
// other words match in any case. Whole words only, and a number only on its own:
// the "111" in "0300 111 2222" is part of a phone number, not NHS 111.
const matchers = ENTRIES.map((entry) => {
  const patterns = entry.match.map((alias) => {
    const flags = alias === alias.toUpperCase() ? 'u' : 'iu';
    const numeric = /^\d+$/.test(alias);
    const before = numeric ? '(?<![\\p{L}\\p{N}])(?<!\\d )' : '(?<![\\p{L}\\p{N}])';
    const after = numeric ? '(?![\\p{L}\\p{N}])(?! \\d)' : '(?![\\p{L}\\p{N}])';
    return new RegExp(`${before}${escapeRegExp(alias)}${after}`, flags);
  });
  return { id: entry.id, test: (text: string) => patterns.some((p) => p.test(text)) };
});

/** The ids of the terms used in `texts`, in the order they first appear (text by text). */
export function termsIn(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const hits = matchers
      .filter((m) => !found.includes(m.id) && m.test(text))
      .map((m) => ({ id: m.id, at: firstIndex(m.id, text) }))
      .sort((a, b) => a.at - b.at);
    found.push(...hits.map((h) => h.id));
  }
  return found;
}

function firstIndex(id: string, text: string): number {
  const entry = ENTRIES.find((e) => e.id === id);
  const lower = text.toLowerCase();
  const positions = (entry?.match ?? []).map((alias) => lower.indexOf(alias.toLowerCase())).filter((i) => i >= 0);
  return positions.length ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
}

/** One term in `lang`, or English where that language has no text yet. */
export function explain(id: string, lang: string): Explained | undefined {
  const entry = ENTRIES.find((e) => e.id === id);
  if (!entry) return undefined;
  return { id, term: entry.term[lang] ?? entry.term.en ?? id, meaning: entry.meaning[lang] ?? entry.meaning.en ?? '' };
}

/** Every term, in the glossary's order. */
export const allTermIds = (): string[] => ENTRIES.map((e) => e.id);
