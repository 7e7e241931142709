/**
 * The visit pack as a health visitor uses it: "Add to visit pack" on two endings (after the
 * call), one page listing every contact with its advice, hours and the 999/111 line, a typed
 * "given by" name that goes nowhere, Remove, and End visit; a pack opened from its link shows
 * in the language it was given in.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../src/i18n/i18n';
import ur from '../../src/i18n/locales/ur.json';
import { PACK_KEY } from '../../src/features/visit-pack/pack-store';
import VisitPackPage from '../../src/pages/visit-pack-page';
import ServicePage from '../../src/pages/service-page';
import { clearEverything } from '../../src/features/safety/clear-device';
import { addToPack, readPack } from '../../src/features/visit-pack/pack-store';
import { loadRealCatalogue, openPathways } from './pathways-harness';

const EMERGENCY = '/contact/concern?a=urgency:emergency';
const DEVELOPMENT = '/contact/concern?a=urgency:advice,advice-area:essex,topic:development';

function openPack(url = '/visit-pack') {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <VisitPackPage />
    </LocationProvider>,
  );
}

async function addFrom(url: string) {
  const view = openPathways(url);
  fireEvent.click(await screen.findByRole('button', { name: 'Add to visit pack' }));
  view.unmount();
}

const packNames = () => [...document.querySelectorAll('.visit-pack__sheet .pathway-contact__name')].map((h) => h.textContent?.trim());

beforeAll(loadRealCatalogue);
// Each test renders two pathway endings and the pack with the real catalogue: slow on a shared machine.
vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(async () => {
  await setLanguage('en', false);
});

describe('adding to the visit pack', () => {
  it('comes after the call on an urgent ending, says it added them, and links to the pack with its count', async () => {
    openPathways(EMERGENCY);
    const add = await screen.findByRole('button', { name: 'Add to visit pack' });
    const firstCall = document.querySelector('a[href^="tel:"]')!;
    expect(firstCall.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Visit pack/ })).toBeNull();
    fireEvent.click(add);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Added to the visit pack.');
    expect(screen.getByRole('link', { name: 'Visit pack (2)' }).getAttribute('href')).toBe('/visit-pack');
    fireEvent.click(add);
    expect(screen.getByText('Already in the visit pack.')).toBeTruthy();
    // This tab only: nothing of the visit in localStorage.
    expect(sessionStorage.getItem(PACK_KEY)).toContain('svc-999-emergency');
    expect(Object.keys(localStorage).filter((k) => k.includes('pack'))).toEqual([]);
  });
});

describe('adding from a service page, and clearing', () => {
  it('adds the service on its page, after Save, and the pack page lists it', async () => {
    history.replaceState(null, '', '/services/svc-healthy-start');
    const view = render(
      <LocationProvider>
        <ServicePage id="svc-healthy-start" />
      </LocationProvider>,
    );
    const save = await screen.findByRole('button', { name: /^Save/ });
    const add = screen.getByRole('button', { name: 'Add to visit pack Healthy Start' });
    expect(save.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(add);
    expect(screen.getByRole('link', { name: 'Visit pack (1)' })).toBeTruthy();
    view.unmount();
    openPack();
    await screen.findByRole('heading', { level: 1, name: 'Visit pack' });
    expect(packNames()).toEqual(['Healthy Start']);
  });

  it('"Clear everything" on /privacy removes the visit pack too', async () => {
    addToPack([{ service: 'svc-nhs-111' }]);
    expect(readPack().items).toHaveLength(1);
    await clearEverything();
    expect(readPack()).toEqual({ items: [] });
  });
});

describe('the visit pack page', () => {
  it('lists the contacts of two endings once each, with advice, hours and the 999/111 line', async () => {
    await addFrom(EMERGENCY);
    await addFrom(DEVELOPMENT);
    openPack();
    await screen.findByRole('heading', { level: 1, name: 'Visit pack' });
    const names = packNames();
    expect(names.slice(0, 2)).toEqual(['999 emergency', 'NHS 111']);
    expect(names.length).toBeGreaterThan(2);
    expect(new Set(names).size).toBe(names.length);
    const sheet = document.querySelector<HTMLElement>('.visit-pack__sheet')!;
    expect(within(sheet).getAllByRole('heading', { name: 'What to say or ask' }).length).toBeGreaterThan(0);
    // Every contact but 999 (a national number with no hours to check) shows its opening times.
    expect(within(sheet).getAllByRole('heading', { name: 'Opening times' }).length).toBe(names.length - 1);
    expect(within(sheet).getByText('If a child is seriously ill or in danger, call 999.')).toBeTruthy();
    expect(within(sheet).getByText(/^For urgent medical advice, call NHS 111/)).toBeTruthy();
    expect(within(sheet).getByText(/^Given on \d{1,2} \w+ 20\d\d$/)).toBeTruthy();
  });

  it('prints a typed "given by" name on the sheet without keeping it in storage or the link', async () => {
    await addFrom(EMERGENCY);
    openPack();
    const input = await screen.findByRole('textbox', { name: 'Given by (optional)' });
    fireEvent.input(input, { target: { value: 'Sam Health Visitor' } });
    expect(screen.getByText('Given by Sam Health Visitor')).toBeTruthy();
    const everything = [location.href, JSON.stringify({ ...sessionStorage }), JSON.stringify({ ...localStorage })].join(' ');
    expect(everything).not.toContain('Sam');
    const link = screen.getByRole('link', { name: /\/visit-pack\?/ }).getAttribute('href')!;
    expect(link).not.toContain('Sam');
    expect(link).toContain('lang=en');
    expect(link).toContain('c=svc-999-emergency~concern~end-emergency,svc-nhs-111~concern~end-emergency');
  });

  it('removes one contact, and End visit empties the pack and goes back to "Who can I contact?"', async () => {
    await addFrom(EMERGENCY);
    openPack();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove NHS 111' }));
    expect(packNames()).toEqual(['999 emergency']);
    expect(screen.getByText('Removed NHS 111 from the visit pack.')).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Given by (optional)' }), { target: { value: 'Sam' } });
    fireEvent.click(screen.getByRole('button', { name: 'End visit' }));
    expect(sessionStorage.getItem(PACK_KEY)).toBeNull();
    expect(location.pathname).toBe('/contact');
  });

  it('says plainly when the kept pack could not be read, and shows it empty', async () => {
    sessionStorage.setItem(PACK_KEY, '{broken');
    openPack();
    expect(await screen.findByText(/could not be read, so it starts empty/)).toBeTruthy();
    expect(screen.getByText(/The visit pack is empty/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Who can I contact?' })).toBeTruthy();
  });

  it('opens a pack link in the language it was given in, with English beside it, and nothing to edit', async () => {
    openPack('/visit-pack?lang=ur&c=svc-nhs-111~concern~end-emergency,svc-healthy-start&d=2026-11-29');
    await waitFor(() => expect(document.documentElement.lang).toBe('ur'));
    await screen.findByRole('heading', { level: 2, name: ur.pathways.ui.contactsHeading });
    expect(packNames()).toEqual(['NHS 111', 'Healthy Start']);
    const columns = [...document.querySelectorAll<HTMLElement>('.side-by-side__column')];
    expect(columns.some((c) => c.lang === 'ur' && c.textContent?.includes(ur.home.urgent999))).toBe(true);
    // Values in a right-to-left interface are wrapped in direction isolates, in both columns.
    const plain = (c: HTMLElement) => c.textContent?.replace(/[\u2068\u2069]/g, '') ?? '';
    expect(columns.some((c) => c.lang === 'en' && plain(c).includes('Given on 29 November 2026'))).toBe(true);
    expect(screen.queryByRole('button', { name: /End visit|Remove/ })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    // The family's phone keeps no copy and no language choice from the link.
    expect(sessionStorage.getItem(PACK_KEY)).toBeNull();
    expect(localStorage.getItem('bsf:language')).toBeNull();
  });
});
