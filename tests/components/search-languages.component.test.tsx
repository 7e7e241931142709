/**
 * Search in the family's own language (issue 19), on the search page with the real catalogue and
 * the interface in that language: a parent types everyday words and the right kind of service is
 * in the top 3; urgent words put NHS 111 or 999 first, with the urgent box above the results.
 * The words here are the vocabularies' (data/vocabularies); without them none of these finds
 * anything, since the catalogue is in English.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { setSearchCatalogue } from '../fixtures/search-catalogue';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { tokenise } from '../../src/features/search/text';
import { setLanguage } from '../../src/i18n/i18n';
import SearchPage from '../../src/pages/search-page';

const real = normaliseCatalogue(readCatalogueDir(resolve('data/catalogue')).files as unknown as CatalogueFiles);
const byName = new Map(real.services.map((s) => [s.name, s]));
const index = createCatalogueSearch(real);

type Everyday = 'vitamins' | 'health visitor' | 'speech' | 'childcare' | 'breastfeeding';
const CATEGORY: Record<Everyday, string> = {
  vitamins: 'cat-healthy-start-vitamins',
  'health visitor': 'cat-health-visiting',
  speech: 'cat-speech-language',
  childcare: 'cat-funded-early-education',
  breastfeeding: 'cat-infant-feeding',
};

interface LanguageCase {
  everyday: Record<Everyday, string[]>;
  /** Fever or temperature: NHS 111 first. */
  fever: string[];
  /** Not breathing: 999 first. */
  notBreathing: string[];
}

const LANGUAGES: Record<string, LanguageCase> = {
  pl: {
    everyday: {
      vitamins: ['witaminy', 'darmowe witaminy dla dziecka'],
      'health visitor': ['pielęgniarka środowiskowa'],
      speech: ['logopeda', 'moje dziecko nie mówi'],
      childcare: ['opieka nad dziećmi', 'zlobek'],
      breastfeeding: ['karmienie piersią', 'karmienie piersia'],
    },
    fever: ['gorączka', 'dziecko ma goraczke', 'wysoka temperatura'],
    notBreathing: ['dziecko nie oddycha'],
  },
  ro: {
    everyday: {
      vitamins: ['vitamine'],
      'health visitor': ['asistentă medicală comunitară'],
      speech: ['logoped', 'copilul meu nu vorbește'],
      childcare: ['îngrijirea copiilor', 'cresa'],
      breastfeeding: ['alăptare', 'alaptarea'],
    },
    fever: ['febră', 'copilul are febra', 'temperatură mare'],
    notBreathing: ['copilul nu respiră'],
  },
  uk: {
    everyday: {
      vitamins: ['вітаміни'],
      'health visitor': ['патронажна медсестра'],
      speech: ['логопед', 'дитина не говорить'],
      childcare: ['догляд за дітьми', 'дитячий садок'],
      breastfeeding: ['грудне вигодовування', 'Годування груддю'],
    },
    fever: ['температура', 'у дитини висока температура', 'жар'],
    notBreathing: ['дитина не дихає'],
  },
  ur: {
    everyday: {
      vitamins: ['وٹامنز', 'وٹامن'],
      'health visitor': ['ہیلتھ وزیٹر'],
      speech: ['بول چال', 'بچہ بات نہیں کرتا'],
      childcare: ['بچوں کی دیکھ بھال', 'نرسری'],
      breastfeeding: ['ماں کا دودھ', 'دودھ پلانا'],
    },
    fever: ['بخار', 'بچے کو بخار ہے', 'بچي كو بخار'],
    notBreathing: ['بچہ سانس نہیں لے رہا'],
  },
  bn: {
    everyday: {
      vitamins: ['ভিটামিন'],
      'health visitor': ['স্বাস্থ্য পরিদর্শক', 'হেলথ ভিজিটর'],
      speech: ['কথা বলা', 'আমার শিশু কথা বলছে না'],
      childcare: ['শিশুর যত্ন', 'নার্সারি'],
      breastfeeding: ['বুকের দুধ খাওয়ানো', 'স্তন্যপান'],
    },
    fever: ['জ্বর', 'শিশুর জ্বর', 'তাপমাত্রা'],
    notBreathing: ['শিশু শ্বাস নিচ্ছে না'],
  },
  ar: {
    everyday: {
      vitamins: ['فيتامينات', 'فيتامين د'],
      'health visitor': ['الزائرة الصحية'],
      speech: ['النطق', 'طفلي لا يتكلم'],
      childcare: ['رعاية الأطفال', 'حضانة'],
      breastfeeding: ['الرضاعة الطبيعية', 'رضاعة'],
    },
    fever: ['حمى', 'طفلي عنده حُمّى', 'الحرارة'],
    notBreathing: ['طفلي لا يتنفس'],
  },
};

function openSearch() {
  window.history.replaceState(null, '', '/search');
  return render(
    <LocationProvider>
      <SearchPage />
    </LocationProvider>,
  );
}

const results = () => [...document.querySelectorAll('.search-results .card__title')].map((h) => h.textContent ?? '');

/** Types the words into the search box and presses Search, as a parent does; resolves with the results. */
async function typeAndSearch(words: string): Promise<string[]> {
  const view = openSearch();
  const box = screen.getByRole('searchbox') as HTMLInputElement;
  fireEvent.input(box, { target: { value: words } });
  fireEvent.submit(box.form as HTMLFormElement);
  await waitFor(() => expect(new URL(window.location.href).searchParams.get('q')).toBe(words));
  await waitFor(() => expect(results().length).toBeGreaterThan(0));
  const found = results();
  view.unmount();
  return found;
}

const dials = (name: string | undefined, number: string) =>
  byName.get(name ?? '')?.phones.some((p) => p.number.replace(/\s+/g, '') === number) ?? false;

afterAll(async () => {
  await setLanguage('en', false);
});

describe.each(Object.entries(LANGUAGES))('searching in %s', (code, words) => {
  beforeEach(async () => {
    setSearchCatalogue(real);
    await setLanguage(code, false);
  });

  it.each(Object.entries(words.everyday) as [Everyday, string[]][])('%s: the right service is in the top 3', async (concept, typed) => {
    for (const query of typed) {
      const top = (await typeAndSearch(query)).slice(0, 3);
      expect(
        top.some((name) => byName.get(name)?.categories.includes(CATEGORY[concept])),
        `${query}: ${top.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('fever or temperature: NHS 111 first', async () => {
    for (const query of words.fever) {
      const found = await typeAndSearch(query);
      expect(dials(found[0], '111'), `${query}: ${found.slice(0, 3).join(' | ')}`).toBe(true);
    }
  });

  it('not breathing: 999 first, then NHS 111', async () => {
    for (const query of words.notBreathing) {
      const found = await typeAndSearch(query);
      expect(dials(found[0], '999'), `${query}: ${found.slice(0, 3).join(' | ')}`).toBe(true);
      expect(found.slice(0, 3).some((name) => dials(name, '111'))).toBe(true);
    }
  });

  it('the urgent box with 999 and 111 stands above the results for urgent words', async () => {
    window.history.replaceState(null, '', `/search?q=${encodeURIComponent(words.fever[0] as string)}`);
    render(
      <LocationProvider>
        <SearchPage />
      </LocationProvider>,
    );
    const box = document.querySelector('section.urgent');
    const list = document.querySelector('.search-results');
    expect(box && list && (box.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0).toBe(true);
    expect(box?.querySelector('a[href="tel:999"]')).not.toBeNull();
    expect(box?.querySelector('a[href="tel:111"]')).not.toBeNull();
  });
});

describe('when nothing matches, the page answers in the family’s language', () => {
  afterAll(async () => {
    await setLanguage('en', false);
  });

  it.each([
    ['pl', 'moje dziecko potrzebuje kwzx', 'Spróbuj innych słów albo wpisz po angielsku'],
    ['ar', 'طفلي يحتاج كذا', 'ابحث بالإنجليزية'],
    ['bn', 'আমার শিশুর কখগ', 'ইংরেজিতে খুঁজুন'],
  ])(
    '%s: "%s" says to search in English (e.g. “vitamins”), never “check the spelling”, and offers no English word',
    async (code, query, help) => {
      setSearchCatalogue(real);
      await setLanguage(code, false);
      window.history.replaceState(null, '', `/search?q=${encodeURIComponent(query)}`);
      render(
        <LocationProvider>
          <SearchPage />
        </LocationProvider>,
      );
      const empty = document.querySelector('.search-empty') as HTMLElement;
      expect(empty.textContent).toContain(help);
      expect(empty.textContent).toContain('vitamins');
      expect(empty.querySelector('a[href="/contact"]')).not.toBeNull();
      // A suggestion, if any, offers no English word the parent did not type.
      const suggestion = [...empty.querySelectorAll('a')].find((a) => a.getAttribute('href')?.startsWith('/search?'));
      const typed = new Set(tokenise(query));
      const english = tokenise(suggestion?.textContent ?? '').filter(
        (w) => !typed.has(w) && (index.words.has(w) || index.synonymWords.has(w)),
      );
      expect(english).toEqual([]);
    },
  );

  it('Polish: the urgent box says which English words to say on 999 and how to ask for an interpreter', async () => {
    setSearchCatalogue(real);
    await setLanguage('pl', false);
    window.history.replaceState(null, '', `/search?q=${encodeURIComponent('gorączka')}`);
    render(
      <LocationProvider>
        <SearchPage />
      </LocationProvider>,
    );
    const box = document.querySelector('section.urgent') as HTMLElement;
    expect(box.textContent).toContain('„ambulance”');
    expect(box.textContent).toContain('„police”');
    expect(box.textContent).toContain('„Polish”');
  });
});
