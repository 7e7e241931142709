/** Hand-over "side by side": a pathway's ending in the family's language and English together. */
import { screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/i18n';
import ur from '../../src/i18n/locales/ur.json';
import { loadRealCatalogue, openPathways as open } from './pathways-harness';

const ENDING = '/contact/concern?a=urgency:emergency&handover=1';

const columns = () => [...document.querySelectorAll<HTMLElement>('.side-by-side__column')];

beforeAll(loadRealCatalogue);

afterEach(async () => {
  await setLanguage('en', false);
});

describe('side by side in hand-over mode', () => {
  it('offers "Show English alongside" in the family’s language, as a link that puts both=1 in the URL', async () => {
    await setLanguage('ur', false);
    open(ENDING);
    const toggle = await screen.findByRole('link', { name: `${ur.pathways.ui.both.show} (Show English alongside)` });
    expect(toggle.getAttribute('href')).toBe('/contact/concern?a=urgency:emergency&handover=1&both=1');
    expect(columns()).toEqual([]);
  });

  it('shows the ending in Urdu (right to left) and English (left to right) side by side when both=1', async () => {
    await setLanguage('ur', false);
    open(`${ENDING}&both=1`);
    await screen.findByRole('link', { name: `${ur.pathways.ui.both.hide} (Hide English)` });
    const urdu = columns().filter((c) => c.lang === 'ur');
    const english = columns().filter((c) => c.lang === 'en');
    expect(urdu.length).toBeGreaterThan(1);
    expect(english.length).toBe(urdu.length);
    expect(urdu.every((c) => c.dir === 'rtl')).toBe(true);
    expect(english.every((c) => c.dir === 'ltr')).toBe(true);
    // The ending's title and the first contact's advice, in both languages.
    expect(within(english[0]!).getByText('Call 999 now')).toBeTruthy();
    expect(within(urdu[0]!).queryByText('Call 999 now')).toBeNull();
    const advice = english[1]!;
    expect(within(advice).getByRole('heading', { name: 'What to say or ask' })).toBeTruthy();
    expect(within(urdu[1]!).getByRole('heading', { name: ur.pathways.ui.say })).toBeTruthy();
    // Back keeps the choice; Give to family and its way back too.
    expect(screen.getByRole('link', { name: ur.pathways.ui.giveToFamily }).getAttribute('href')).toBe(
      '/contact/concern/give?a=urgency:emergency&handover=1&both=1',
    );
  });

  it('offers nothing extra when the interface is already English', async () => {
    open(`${ENDING}&both=1`);
    await screen.findByRole('heading', { level: 1, name: 'Call 999 now' });
    expect(screen.queryByRole('link', { name: /English alongside|Hide English/ })).toBeNull();
    expect(columns()).toEqual([]);
  });

  it('is not offered outside hand-over mode', async () => {
    await setLanguage('ur', false);
    open('/contact/concern?a=urgency:emergency&both=1');
    await screen.findByRole('link', { name: ur.pathways.ui.giveToFamily });
    expect(screen.queryByRole('link', { name: /Show English alongside/ })).toBeNull();
    expect(columns()).toEqual([]);
  });
});
