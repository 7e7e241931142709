/**
 * Search in a parent's own words (pure: give it services, get ranked services).
 *
 * Why not Fuse.js over every record: at 10,000 records it blocked the main thread for about
 * 0.3 s a keystroke, and "SEND" matched half the catalogue (docs/toolchain.md). Instead, an
 * inverted index maps each word to the services using it (best field wins: name, then topic,
 * organisation or town, then description), typos are resolved against the catalogue's
 * distinct words (thousands, not records), and the synonyms list turns "jabs" into
 * vaccinations. Each typed idea scores separately; services matching more ideas rank first.
 */
import type { ServiceView } from '../catalogue/model';
import { buildPhraseTable, findSynonyms, type PhraseTable } from './synonym-match';
import type { LanguageVocabulary } from './language-vocabulary';
import type { SynonymGroup } from './synonyms';
import { isContentWord, STOPWORDS, tokenise } from './text';
import { buildForeignWords, type ForeignWords } from './translate-query';
import type { UrgencyKind } from './urgency-kind';
import { Vocabulary, type WordMatch } from './vocabulary';
import { ScorePool, type Scores } from './scores';
import { indexPostings, type CataloguePostings } from './index-postings';

/** A service in a category the synonyms point to ranks as if a topic word matched, plus its text. */
const CATEGORY_BOOST = 2;
/** A parent's whole phrase found word for word ("worried about a child") is strong evidence. */
const USER_PHRASE_BONUS = 2;
const EXTRA_MATCH_SHARE = 0.25;

export interface SearchIndex {
  services: ServiceView[];
  postings: CataloguePostings['postings'];
  words: Vocabulary;
  synonymWords: Vocabulary;
  phrases: PhraseTable;
  byCategory: CataloguePostings['byCategory'];
  /** Per service: where its kind of urgent line goes in a tie (see TIE_ORDER). */
  tieRank: Uint8Array;
  /** The urgent lines' kinds (any other service: none), worked out once here rather than on every search. */
  urgencyKinds: Map<ServiceView, UrgencyKind | null>;
  /** The other languages' words, turned into English before searching (translate-query.ts). */
  foreign: ForeignWords;
  /** Every word of the other languages' vocabularies (folded), for "Did you mean" on a foreign query. */
  foreignWords: Vocabulary;
  /** A folded foreign word → as the vocabulary writes it ("goraczka" → "gorączka"). */
  foreignWritten: Map<string, string>;
  /** Score arrays reused from keystroke to keystroke (scores.ts). */
  scores: ScorePool;
}

/** True for a word English search knows: the catalogue's, the synonyms list's, filler or a number. */
export function isEnglishWord(index: SearchIndex, word: string): boolean {
  return index.words.has(word) || index.synonymWords.has(word) || STOPWORDS.has(word) || /^\d+$/.test(word);
}

/**
 * Equal scores used to fall into alphabetical order, so "urgent" interleaved the domestic abuse,
 * crisis and safeguarding lines with 999 and NHS 111. Each kind of line now keeps its place:
 * life and health first, then a child's safety, a parent's safety, then mental health crisis.
 */
const TIE_ORDER: readonly UrgencyKind[] = ['emergency', 'medical', 'maternity', 'safeguarding', 'domestic-abuse', 'mental-health'];

function tieRankOf(kind: UrgencyKind | null): number {
  const rank = kind ? TIE_ORDER.indexOf(kind) : -1;
  return rank === -1 ? TIE_ORDER.length : rank;
}

export interface SearchOutcome {
  services: ServiceView[];
  /** Normalised words to highlight in names and descriptions. */
  highlight: Set<string>;
}

/** The index from the catalogue's postings, the synonyms list and the other languages' vocabularies. */
export function assembleSearchIndex(
  services: ServiceView[],
  { postings, byCategory, urgency }: CataloguePostings,
  synonyms: SynonymGroup[] = [],
  vocabularies: () => LanguageVocabulary[] = () => [],
): SearchIndex {
  const synonymWords = new Set(synonyms.flatMap((g) => g.words.flat()));
  // Only the urgent lines: a council's directory has thousands of services and a handful of these.
  const urgencyKinds = new Map<ServiceView, UrgencyKind | null>();
  // A handful of lines in thousands of services: only they get a tie rank of their own.
  const tieRank = new Uint8Array(services.length).fill(tieRankOf(null));
  for (const [i, kind] of urgency) {
    const service = services[i];
    if (!service) continue;
    urgencyKinds.set(service, kind);
    tieRank[i] = tieRankOf(kind);
  }
  // The other languages' words are read on the first query that needs them (translate-query.ts).
  let foreign: Pick<SearchIndex, 'foreign' | 'foreignWords' | 'foreignWritten'> | undefined;
  const foreignPart = () => (foreign ??= foreignWordsOf(vocabularies()));
  return {
    services,
    postings,
    words: new Vocabulary(new Set(postings.keys())),
    synonymWords: new Vocabulary(synonymWords),
    phrases: buildPhraseTable(synonyms),
    byCategory,
    tieRank,
    urgencyKinds,
    get foreign() {
      return foreignPart().foreign;
    },
    get foreignWords() {
      return foreignPart().foreignWords;
    },
    get foreignWritten() {
      return foreignPart().foreignWritten;
    },
    scores: new ScorePool(services.length),
  };
}

function foreignWordsOf(vocabularies: LanguageVocabulary[]): Pick<SearchIndex, 'foreign' | 'foreignWords' | 'foreignWritten'> {
  const foreignWritten = new Map<string, string>();
  for (const entry of vocabularies.flatMap((v) => v.entries)) {
    const written = entry.written.split(/\s+/);
    entry.words.forEach((p, k) => {
      // Stems are not words a parent types; only whole words are offered as spellings.
      if (!p.stem && !foreignWritten.has(p.text)) foreignWritten.set(p.text, written[k] ?? p.text);
    });
  }
  return { foreign: buildForeignWords(vocabularies), foreignWords: new Vocabulary(new Set(foreignWritten.keys())), foreignWritten };
}

export function buildSearchIndex(
  services: ServiceView[],
  topicLabel: (termId: string) => string,
  synonyms: SynonymGroup[] = [],
  vocabularies: LanguageVocabulary[] = [],
): SearchIndex {
  return assembleSearchIndex(services, indexPostings(services, topicLabel), synonyms, () => vocabularies);
}

function addWord(index: SearchIndex, idea: Scores, match: WordMatch, highlight: Set<string>): void {
  const list = index.postings.get(match.word);
  if (!list) return;
  highlight.add(match.word);
  for (let k = 0; k < list.length; k += 2) idea.raise(list[k] as number, (list[k + 1] as number) * match.quality);
}

/** Services containing every word of a phrase, scored by its weakest word. */
function phraseIdea(index: SearchIndex, pool: ScorePool, phrase: string[], highlight: Set<string>): Scores {
  let result: Scores | null = null;
  for (const word of phrase) {
    if (!isContentWord(word) && phrase.length > 1) continue;
    const idea = pool.take();
    for (const match of index.words.match(word)) if (match.quality >= 0.9) addWord(index, idea, match, highlight);
    if (result === null) result = idea;
    else {
      result.keepBoth(idea);
      pool.give(idea);
    }
  }
  return result ?? pool.take();
}

function ideasFor(index: SearchIndex, pool: ScorePool, query: string, highlight: Set<string>): Scores[] {
  const tokens = tokenise(query);
  const { hits, rest } = findSynonyms(tokens, index.phrases, index.synonymWords, index.words);
  const ideas: Scores[] = hits.map(({ group, phrase }) => {
    // The best match counts in full and further ones a little, so a service answering the
    // parent's exact phrase and the service terms beats one answering only one of them.
    const best = pool.take();
    const sum = pool.take();
    const phrases = [phrase, ...group.means].map((words, k) => ({ words, bonus: k === 0 && words.length > 1 ? USER_PHRASE_BONUS : 1 }));
    for (const { words, bonus } of phrases) {
      const found = phraseIdea(index, pool, words, highlight);
      for (const doc of found.docs) {
        const score = (found.value[doc] as number) * bonus;
        best.raise(doc, score);
        sum.add(doc, score);
      }
      pool.give(found);
    }
    const idea = pool.take();
    for (const doc of best.docs) {
      const top = best.value[doc] as number;
      idea.add(doc, top + EXTRA_MATCH_SHARE * ((sum.value[doc] as number) - top));
    }
    pool.give(best, sum);
    for (const id of group.categories) {
      for (const doc of index.byCategory.get(id) ?? []) idea.add(doc, CATEGORY_BOOST);
    }
    return idea;
  });
  // "my 2 year old" alone still searches; with other words, such filler is ignored.
  const content = rest.filter(isContentWord);
  for (const word of content.length > 0 || hits.length > 0 ? content : rest) {
    const idea = pool.take();
    for (const match of index.words.match(word)) addWord(index, idea, match, highlight);
    ideas.push(idea);
  }
  return ideas;
}

/** Services for `query`, best first; an empty query finds nothing (the page then lists all). */
export function searchServices(index: SearchIndex, query: string, limit = Infinity): SearchOutcome {
  const highlight = new Set<string>();
  const n = index.services.length;
  // Typed arrays rather than maps: at 20,000 services this is most of the work.
  const ideaCount = new Uint16Array(n);
  const score = new Float64Array(n);
  const touched: number[] = [];
  const ideas = ideasFor(index, index.scores, query, highlight);
  for (const idea of ideas) {
    for (const doc of idea.docs) {
      if (ideaCount[doc] === 0) touched.push(doc);
      ideaCount[doc] = (ideaCount[doc] as number) + 1;
      score[doc] = (score[doc] as number) + (idea.value[doc] as number);
    }
  }
  index.scores.give(...ideas);
  // Services are already in name order (normalise.ts), so the index breaks the last ties alphabetically.
  const tie = index.tieRank;
  touched.sort(
    (a, b) =>
      (ideaCount[b] as number) - (ideaCount[a] as number) ||
      (score[b] as number) - (score[a] as number) ||
      (tie[a] as number) - (tie[b] as number) ||
      a - b,
  );
  const services = touched.slice(0, limit).map((doc) => index.services[doc] as ServiceView);
  return { services, highlight };
}
