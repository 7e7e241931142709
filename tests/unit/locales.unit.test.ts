/**
 * Every interface language has every English key, with exactly the plural forms
 * Intl.PluralRules lists for it, the same {{placeholders}}, and no empty strings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/locales/en';
import plan from '../../src/i18n/locales/en/plan.json';
import pathways from '../../src/i18n/locales/en/pathways.json';
import about from '../../src/i18n/locales/en/about.json';
import privacyPage from '../../src/i18n/locales/en/privacy.json';
import schedule from '../../src/i18n/locales/en/schedule.json';
import { LANGUAGES } from '../../src/i18n/languages';

const LOCALES = path.resolve(import.meta.dirname, '../../src/i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k).forEach((s, key) => out.set(key, s));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// The plan's, the pathways', the about and the privacy pages' strings load with their pages rather
// than in `en`, but every language needs them too. The privacy page's strings share "privacy" with
// the two `en` keeps (its title and the "cleared" notice), so the maps merge key by key.
const english = new Map([...flatten({ ...en, ...plan, ...pathways, ...about, ...schedule }), ...flatten(privacyPage)]);
const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
const singularKeys = [...english.keys()].filter((k) => !PLURAL.test(k));

describe.each(LANGUAGES.filter((l) => l.code !== 'en'))('$nativeName ($code)', ({ code }) => {
  const file = path.join(LOCALES, `${code}.json`);
  const strings = existsSync(file) ? flatten(JSON.parse(readFileSync(file, 'utf8'))) : new Map<string, string>();
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

  it('has a translation file', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('has every English key, none empty, with the same placeholders', () => {
    const missing = singularKeys.filter((k) => !strings.get(k)?.trim());
    expect(missing).toEqual([]);
    const wrongPlaceholders = singularKeys.filter(
      (k) => strings.has(k) && placeholders(strings.get(k)!).join() !== placeholders(english.get(k)!).join(),
    );
    expect(wrongPlaceholders).toEqual([]);
  });

  it('has no key English no longer has (a stale key is a translation nobody updates)', () => {
    const stale = [...strings.keys()].filter((k) => !english.has(k) && !(PLURAL.test(k) && pluralBases.has(k.replace(PLURAL, ''))));
    expect(stale).toEqual([]);
  });

  it('keeps the placeholders of the English plural in every plural form', () => {
    const rules = new Intl.PluralRules(code);
    // A form that stands for one number only (Arabic "two", English "one") may spell it out;
    // a form for many numbers (Ukrainian "one" is also 21, 31 …) must show {{count}}.
    const standsForOneNumber = (form: string) =>
      form === 'zero' || Array.from({ length: 200 }, (_, n) => n).filter((n) => rules.select(n) === form).length <= 1;
    const wrong = [...strings.keys()]
      .filter((k) => PLURAL.test(k) && pluralBases.has(k.replace(PLURAL, '')))
      .filter((k) => {
        const base = k.replace(PLURAL, '');
        const form = PLURAL.exec(k)?.[1] ?? '';
        const wanted = placeholders(english.get(`${base}_other`) ?? '').filter((p) => p !== 'count' || !standsForOneNumber(form));
        const has = placeholders(strings.get(k)!);
        return wanted.some((p) => !has.includes(p));
      });
    expect(wrong).toEqual([]);
  });

  it(`has each plural form its grammar needs`, () => {
    const missing = [...pluralBases].flatMap((base) =>
      categories.filter((c) => !strings.get(`${base}_${c}`)?.trim()).map((c) => `${base}_${c}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('one digit system per language', () => {
  it('writes Bengali with Western digits throughout, as its phone numbers must be', () => {
    const bengali = readFileSync(path.join(LOCALES, 'bn.json'), 'utf8');
    expect(bengali.match(/[\u09E6-\u09EF]/g) ?? []).toEqual([]);
    // The locale the app formats dates and numbers with for Bengali.
    expect(
      new Intl.DateTimeFormat('bn-u-nu-latn', { day: 'numeric', year: 'numeric', month: 'long' }).format(new Date(Date.UTC(2026, 10, 29))),
    ).toMatch(/29.*2026/);
  });
});
