import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, homePageJsBytes } from './built-app';
import about from '../../src/i18n/locales/en/about.json';
import pathways from '../../src/i18n/locales/en/pathways.json';
import plan from '../../src/i18n/locales/en/plan.json';
import privacy from '../../src/i18n/locales/en/privacy.json';
import schedule from '../../src/i18n/locales/en/schedule.json';

// A page's own English text loads with that page's code, so a first visit to the home page does
// not download it: the plan's, the pathways', the about page's and the privacy page's strings, and
// the wording of opening times and sessions (the home page shows none).

/** The longest plain-ASCII, placeholder-free strings of a locale file: text that survives minifying as it is. */
function signatures(strings: unknown, count = 3): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (/^[\x20-\x7e]+$/.test(value) && !/[{}"'`\\$]/.test(value)) found.push(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(strings);
  return found.sort((a, b) => b.length - a.length).slice(0, count);
}

const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const allJs = readdirSync(join(dist, 'assets'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => join('assets', file));
const homeJs = homePageJsBytes(dist).files.map((f) => f.file);

describe.each([
  ['the about page', about],
  ['the privacy page', privacy],
  ['the family plan', plan],
  ['the pathways', pathways],
  ['opening times and sessions', schedule],
])("%s's English text", (_name, strings) => {
  const texts = signatures(strings);

  it('ships in some chunk (so the check below is not vacuous)', () => {
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts)
      expect(
        allJs.some((file) => read(file).includes(text)),
        text,
      ).toBe(true);
  });

  it("stays out of the home page's JavaScript", () => {
    expect(homeJs.length).toBeGreaterThan(0);
    for (const text of texts)
      expect(
        homeJs.filter((file) => read(file).includes(text)),
        text,
      ).toEqual([]);
  });
});
