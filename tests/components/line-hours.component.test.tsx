/**
 * Each phone line shows its own hours and its own "Open now" (issue 20): on Healthy Start only the
 * card line is open 24 hours, so "Open 24 hours" sits under that number and nowhere else, the
 * apply line shows its own weekday hours, and the hours are listed once. Uses the shipped catalogue.
 */
import { render, screen, within } from '@testing-library/preact';
import path from 'node:path';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { ContactCard } from '../../src/features/pathways/contact-card';
import { ResultCard } from '../../src/features/search/result-card';
import ServicePage from '../../src/pages/service-page';

const dir = path.resolve(import.meta.dirname, '../../data/catalogue');
const real = normaliseCatalogue(readCatalogueDir(dir).files as unknown as CatalogueFiles);
const healthyStart = real.services.find((s) => s.id === 'svc-healthy-start')!;

/** The list item of the contact list that holds this number's Call link. */
const lineOf = (number: string) => screen.getByRole('link', { name: `Call ${number}` }).closest('li')!;

beforeEach(() => {
  setCatalogue(real);
  // Saturday 28 November 2026, midday in London: the card line is open, the apply line is not.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-28T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Healthy Start service page', () => {
  function show() {
    return render(
      <LocationProvider>
        <ServicePage id="svc-healthy-start" />
      </LocationProvider>,
    );
  }

  it('says "Open 24 hours" under the card line only, not for the service', () => {
    show();
    const cardLine = lineOf('0300 330 2090');
    expect(within(cardLine).getByText('Open 24 hours')).toBeTruthy();
    expect(within(cardLine).getByText('24 hours a day, every day')).toBeTruthy();
    // Once on the page: not at the top for the whole service, not under the apply line.
    expect(screen.getAllByText('Open 24 hours')).toHaveLength(1);
    expect(within(lineOf('0300 330 7010')).queryByText('Open 24 hours')).toBeNull();
  });

  it('gives the apply line its own weekday hours, its own "Closed" and the source’s caveat', () => {
    show();
    const applyLine = lineOf('0300 330 7010');
    expect(within(applyLine).getByText(/^Closed, opens Monday/)).toBeTruthy();
    expect(within(applyLine).getByText('Monday to Friday, 8am to 6pm')).toBeTruthy();
    expect(within(applyLine).getByText('except public holidays')).toBeTruthy();
  });

  it('lists each line’s hours once, with no second "Opening times" list', () => {
    show();
    expect(screen.getAllByText('Monday to Friday, 8am to 6pm')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Opening times' })).toBeNull();
    expect(screen.queryByText(/Opening times not known/)).toBeNull();
  });
});

describe('Healthy Start elsewhere', () => {
  it('a search result shows the status of the line it offers to call, not the card line’s', () => {
    render(
      <ul>
        <ResultCard service={healthyStart} />
      </ul>,
    );
    expect(screen.getByRole('link', { name: 'Call 0300 330 7010' })).toBeTruthy();
    expect(screen.getByText(/^Closed, opens Monday/)).toBeTruthy();
    expect(screen.queryByText('Open 24 hours')).toBeNull();
  });

  it('a pathway card shows each line with its own hours, and one list of hours', () => {
    render(
      <ul>
        <ContactCard contact={{ service: 'svc-healthy-start' }} service={healthyStart} />
      </ul>,
    );
    expect(within(lineOf('0300 330 2090')).getByText('Open 24 hours')).toBeTruthy();
    expect(screen.getAllByText('Open 24 hours')).toHaveLength(1);
    expect(screen.getAllByText('24 hours a day, every day')).toHaveLength(1);
    expect(screen.getAllByText('Monday to Friday, 8am to 6pm')).toHaveLength(1);
  });
});

describe('"Free" on a pathway card, where the source says so', () => {
  it('shows the NSPCC line is free from landlines and most mobiles, and nothing for Healthy Start, whose sources do not say free', () => {
    const service = (id: string) => real.services.find((s) => s.id === id)!;
    render(
      <ul>
        <ContactCard contact={{ service: 'svc-nspcc-helpline' }} service={service('svc-nspcc-helpline')} />
        <ContactCard contact={{ service: 'svc-healthy-start' }} service={healthyStart} />
      </ul>,
    );
    const [nspcc, healthy] = screen.getAllByRole('heading', { level: 3 }).map((h) => h.closest('li')!);
    expect(within(nspcc!).getByText(/^Cost:/).textContent).toBe('Cost: Free from landlines and most mobiles');
    expect(within(healthy!).queryByText(/^Cost:/)).toBeNull();
  });
});

describe('one list of hours', () => {
  it('does not repeat the hours in the source’s own words under the plain-words list', () => {
    render(
      <LocationProvider>
        <ServicePage id="svc-samaritans" />
      </LocationProvider>,
    );
    expect(screen.getAllByText('24 hours a day, every day')).toHaveLength(1);
    expect(screen.queryByText('24 hours a day, every day of the year')).toBeNull();
  });

  it('keeps a caveat the plain words leave out (the early pregnancy unit is by appointment)', () => {
    render(
      <LocationProvider>
        <ServicePage id="svc-pah-early-pregnancy-unit" />
      </LocationProvider>,
    );
    expect(screen.getAllByText('Monday to Friday, 8:30am to 6pm')).toHaveLength(1);
    expect(screen.getByText('appointment only; closed weekends and public holidays')).toBeTruthy();
    expect(screen.queryByText(/^Monday to Friday 8\.30am to 6pm/)).toBeNull();
  });
});

describe('a line whose hours are not known, beside one whose are', () => {
  it('says to check, under that line', () => {
    const files = readCatalogueDir(dir).files as unknown as CatalogueFiles;
    files.schedules = files.schedules.filter((s) => s.id !== 'sch-healthy-start-apply-line');
    setCatalogue(normaliseCatalogue(files));
    render(
      <LocationProvider>
        <ServicePage id="svc-healthy-start" />
      </LocationProvider>,
    );
    expect(within(lineOf('0300 330 7010')).getByText('Opening times not known. Check with the service before you go.')).toBeTruthy();
    expect(within(lineOf('0300 330 2090')).queryByText(/Opening times not known/)).toBeNull();
  });
});
