/**
 * Safety wording in every language (issue 19, part 4): the English words to say on a 999 call,
 * and how to ask 999 (ambulance) and 111 for an interpreter, each page cited in
 * data/sources/safety_wording_sources.csv. The 999 call is in English, so the English words
 * must appear as English in every translation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/locales/en';
import pathways from '../../src/i18n/locales/en/pathways.json';

const root = new URL('../../', import.meta.url);
const ENGLISH_NAME: Record<string, string> = { pl: 'Polish', ro: 'Romanian', uk: 'Ukrainian', ur: 'Urdu', bn: 'Bengali', ar: 'Arabic' };

type Locale = typeof en & { pathways: typeof pathways.pathways };
const locale = (code: string) => JSON.parse(readFileSync(new URL(`src/i18n/locales/${code}.json`, root), 'utf8')) as Locale;

describe.each(Object.keys(ENGLISH_NAME))('%s', (code) => {
  const strings = locale(code);

  it('says which English words to use on a 999 call, in the box and at the 999 pathway ending', () => {
    for (const text of [strings.safety.say999, strings.pathways.concern.endings['end-emergency']['999-emergency'].say]) {
      expect(text).toMatch(/\bambulance\b/);
      expect(text).toMatch(/\bpolice\b/);
    }
  });

  it('tells how to ask for an interpreter: the language’s name in English, 999 and 111', () => {
    const text = strings.safety.interpreter;
    expect(text).toContain(ENGLISH_NAME[code]);
    expect(text).toContain('999');
    expect(text).toContain('111');
  });

  it('with no results, suggests searching in English rather than checking the spelling', () => {
    expect(strings.search.noResultsHelp).toMatch(/\bvitamins\b/);
  });
});

describe('the pages behind the wording', () => {
  const csv = readFileSync(new URL('data/sources/safety_wording_sources.csv', root), 'utf8');

  it('cites the ambulance service for this area, NHS 111, with quotations and dates', () => {
    expect(csv).toContain('https://www.eastamb.nhs.uk/contact-us/faqs.htm');
    expect(csv).toContain('You should say, Ambulance.');
    expect(csv).toContain('say the language you wish to use');
    const rows = csv.trim().split('\n').slice(1);
    expect(rows.every((row) => /,(undated|\d{4}(-\d{2}){0,2}),/.test(row))).toBe(true);
  });
});
