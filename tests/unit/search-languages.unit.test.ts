/**
 * Search in every interface language: letters folded per script, the per-language vocabularies
 * (data/vocabularies) valid and complete, urgent words in each language calling for the same
 * need as in English, every search hint example finding something, and "Did you mean" never
 * turning a query in another language into English.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { findServices } from '../../src/features/search/find-services';
import { validateLanguageVocabulary } from '../../src/features/search/language-vocabulary';
import { buildGazetteer } from '../../src/features/search/places-in-query';
import { isEnglishWord } from '../../src/features/search/search-index';
import { VOCABULARY_FILES } from '../../src/features/search/shipped-vocabularies';
import { suggestSpelling } from '../../src/features/search/suggest';
import { tokenise } from '../../src/features/search/text';
import { translateQuery } from '../../src/features/search/translate-query';
import { URGENT_CONCEPTS } from '../../src/features/search/urgent-concepts';
import { urgentNeeds } from '../../src/features/search/urgent-words';
import { en } from '../../src/i18n/locales/en';

const root = new URL('../../', import.meta.url);
const catalogue = normaliseCatalogue(readCatalogueDir(fileURLToPath(new URL('data/catalogue', root))).files as unknown as CatalogueFiles);
const index = createCatalogueSearch(catalogue);
const gazetteer = buildGazetteer();
const synonyms = JSON.parse(readFileSync(new URL('data/synonyms.json', root), 'utf8')) as { groups: { words: string[] }[] };
const CODES = ['pl', 'ro', 'uk', 'ur', 'bn', 'ar'];

const same = (a: string, b: string) => expect(tokenise(a)).toEqual(tokenise(b));
const translated = (query: string) =>
  translateQuery(
    tokenise(query),
    query,
    () => index.foreign,
    (w) => isEnglishWord(index, w),
  ).tokens.join(' ');

describe('letters are folded per script before matching', () => {
  it('Polish and Romanian: accents are optional, ł is l, both Romanian comma and cedilla forms', () => {
    same('Gorączka', 'goraczka');
    same('ŁÓŻKO żłobek', 'lozko zlobek');
    same('alăptare îngrijire creșă', 'alaptare ingrijire cresa');
    same('creşă ţânţar', 'cresa tantar');
  });

  it('Ukrainian: case, ґ as г, the apostrophe in a word', () => {
    same('ТЕМПЕРАТУРА', 'температура');
    same('ґудзик', 'гудзик');
    same("здоров'я", 'здоровʼя');
    expect(tokenise("здоров'я")).toHaveLength(1);
  });

  it('Arabic and Urdu: alef forms, yeh, kaf and heh variants, harakat and tatweel', () => {
    same('أطفال إطفال آطفال', 'اطفال اطفال اطفال');
    same('حُمّى', 'حمى');
    same('حـــمى', 'حمي');
    same('کتاب', 'كتاب');
    same('بچہ', 'بچه');
    same('حرارة', 'حراره');
    same('بھی', 'بهي');
    same('مؤسسة', 'موسسه');
  });

  it('Bengali: vowel signs kept (words do not collapse), long and short vowels one, joiners dropped', () => {
    expect(tokenise('ভিটামিন')).toEqual(['ভিটামিন']);
    expect(tokenise('ভিটামিন')).not.toEqual(tokenise('ভটমন'));
    same('গর্ভবতী', 'গর্ভবতি');
    same('র\u200D্যাশ', 'র্যাশ');
    expect(tokenise('আমার শিশু')).toHaveLength(2);
  });

  it('digits of every script read as 0–9', () => {
    expect(tokenise('২ বছর')).toEqual(['2', 'বছর']);
    expect(tokenise('٣٠ ساعة')[0]).toBe('30');
    expect(tokenise('۱۵ گھنٹے')[0]).toBe('15');
  });

  it('English is unchanged', () => {
    expect(tokenise("Children's 2-year-olds café")).toEqual(['childrens', '2', 'year', 'olds', 'cafe']);
  });
});

describe('data/vocabularies', () => {
  it.each(CODES)('%s is valid and marked as a draft for review', (code) => {
    const raw = VOCABULARY_FILES[code] as { status?: string };
    const { problems, vocabulary } = validateLanguageVocabulary(raw, code);
    expect(problems).toEqual([]);
    expect(raw.status).toBe('draft');
    expect(vocabulary.entries.length).toBeGreaterThan(100);
  });

  it('reports a bad file in plain words instead of throwing', () => {
    const { problems, vocabulary } = validateLanguageVocabulary(
      {
        language: 'pl',
        status: '',
        filler: [],
        everyday: [
          { english: '', words: ['x'] },
          { english: 'vitamins', words: ['wi*', 'witaminy'] },
        ],
        urgent: 'no',
      },
      'pl',
    );
    expect(problems).toEqual([
      'pl: "status" must say whether it is a draft or reviewed',
      'pl everyday 1: "english" must be English words',
      'pl everyday 2 (vitamins): the stem "wi*" is shorter than 3 letters',
      'pl: "urgent" must be a list',
    ]);
    expect(vocabulary.entries.map((e) => e.written)).toEqual(['witaminy']);
  });

  it.each(CODES)('%s covers every group of data/synonyms.json', (code) => {
    const { vocabulary } = validateLanguageVocabulary(VOCABULARY_FILES[code], code);
    const english = new Set(vocabulary.entries.map((e) => e.english.join(' ')));
    const uncovered = synonyms.groups.filter((g) => !g.words.some((w) => english.has(tokenise(w).join(' ')))).map((g) => g.words[0]);
    expect(uncovered).toEqual([]);
  });

  it.each(CODES)('%s covers every urgent idea, and its words call for the same need as the English', (code) => {
    const { vocabulary } = validateLanguageVocabulary(VOCABULARY_FILES[code], code);
    const wrong = Object.entries(URGENT_CONCEPTS).flatMap(([concept, need]) => {
      const entries = vocabulary.entries.filter((e) => e.english.join(' ') === tokenise(concept).join(' '));
      if (entries.length === 0) return [`${concept}: missing`];
      // Every way of saying it, typed on its own, must call for the need.
      return entries
        .filter((e) => !urgentNeeds(tokenise(translated(e.written))).has(need))
        .map((e) => `${concept}: "${e.written}" → "${translated(e.written)}"`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('a query in another language', () => {
  it('becomes the English words it stands for, dropping filler', () => {
    expect(translated('moje dziecko ma gorączkę')).toBe('fever');
    expect(translated('moje 2-letnie dziecko nie mówi')).toBe('2 not talking');
    expect(translated('طفلي عمره سنتان ولا يتكلم')).toBe('not talking');
    expect(translated('আমার শিশুর জ্বর')).toBe('fever');
  });

  it('leaves an English query alone, even where a word is also a word of another language', () => {
    expect(translated('SEN support')).toBe('sen support');
    expect(translated('stay and play in Harlow')).toBe('stay and play in harlow');
  });

  it('keeps a place name, so "Harlow" still sorts by place', () => {
    expect(translated('położna Harlow')).toBe('midwife harlow');
  });
});

/** The quoted examples in a hint: “…”, „…”, «…» or "…". */
function examplesIn(hint: string): string[] {
  return [...hint.matchAll(/[“„«"]([^”“»"]+)[”“»"]/g)].map((m) => m[1] as string);
}

describe('every search hint example finds at least one service', () => {
  const hints: [string, string][] = [
    ['en', en.home.searchHint],
    ...CODES.map((code): [string, string] => {
      const locale = JSON.parse(readFileSync(new URL(`src/i18n/locales/${code}.json`, root), 'utf8')) as { home: { searchHint: string } };
      return [code, locale.home.searchHint];
    }),
  ];

  it.each(hints)('%s: the hint has examples, and each finds something', (_, hint) => {
    const examples = examplesIn(hint);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const empty = examples.filter((example) => findServices(index, gazetteer, example).services.length === 0);
    expect(empty).toEqual([]);
  });
});

describe('"Did you mean" for a query in another language', () => {
  const englishWordsIn = (suggestion: string | null, query: string) => {
    const typed = new Set(tokenise(query));
    return tokenise(suggestion ?? '').filter((w) => !typed.has(w) && (index.words.has(w) || index.synonymWords.has(w)));
  };

  it('never offers English words for a Polish, Ukrainian, Arabic or Bengali query', () => {
    for (const query of [
      'moje 2 letnie dziecko nie mowi xqzv',
      'mojje dzieckko potrzebuje',
      'моя дитина хворіє грипом',
      'طفلي عنده مشكله',
      'আমার শিশু কাদছে',
    ]) {
      expect(englishWordsIn(suggestSpelling(index, query), query), query).toEqual([]);
    }
  });

  it('offers the word of the family’s own language, as it is written', () => {
    expect(suggestSpelling(index, 'witaminny')).toBe('witaminy');
    expect(suggestSpelling(index, 'karmenie piersią')).toBe('karmienie piersią');
  });

  it('still corrects English to English', () => {
    expect(suggestSpelling(index, 'brestfeedin hlepline')).toBe('breastfeeding helpline');
    expect(suggestSpelling(index, 'i am pregnnant')).toBe('i am pregnant');
  });
});
