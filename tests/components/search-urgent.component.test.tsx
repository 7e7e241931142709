/**
 * The search page with the real catalogue, as a worried parent meets it: urgent words put the
 * medical route first with "Need help now?" above the results, a place sorts by place, and
 * "childline" stays "childline". Urgent words here are none of data/synonyms.json's words
 * (tests/unit/search-urgent.unit.test.ts checks that for the same classes).
 */
import { cleanup, screen, within } from '@testing-library/preact';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSearchCatalogue } from '../fixtures/search-catalogue';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { showSearchAt } from '../fixtures/search-page';
import area from '../../data/area.json';

const real = normaliseCatalogue(
  // happy-dom gives import.meta.url a non-file scheme; tests run from the repo root.
  readCatalogueDir(resolve('data/catalogue')).files as unknown as CatalogueFiles,
);
const namesWhere = (test: (s: (typeof real.services)[number]) => boolean) => real.services.filter(test).map((s) => s.name);
const EMERGENCY = namesWhere((s) => s.phones.some((p) => p.number === '999'));
const NHS_111 = namesWhere((s) => s.phones.some((p) => p.number === '111'));
const MATERNITY = namesWhere((s) => s.categories.includes('cat-midwifery-antenatal'));

const showSearch = (query: string) => showSearchAt(`/search?q=${encodeURIComponent(query)}`);

const results = () => [...document.querySelectorAll('.search-results .card__title')].map((h) => h.textContent ?? '');
const urgentBox = () => screen.queryByRole('region', { name: 'Need help now?' });

/** The box comes before the first result in the page (document order). */
function boxIsAboveResults(): boolean {
  const box = urgentBox();
  const list = document.querySelector('.search-results');
  return !!box && !!list && (box.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

describe('urgent words put the medical route first', () => {
  beforeEach(() => {
    setSearchCatalogue(real);
  });

  it.each([
    ['temperature', 'her temp is 39', NHS_111],
    ['fever', 'feverish toddler', NHS_111],
    ['rash', 'rash on his tummy', NHS_111],
    ['breathing', 'baby breathing really fast', EMERGENCY],
    ['fits', 'he had a convulsion', EMERGENCY],
    ['vomiting', 'keeps vomiting', NHS_111],
    ['swallowed something', 'swallowed a button battery', EMERGENCY],
    ['burns', 'scalded her hand on the kettle', NHS_111],
    ['bleeding in pregnancy', 'spotting at 8 weeks pregnant', MATERNITY],
    ['the baby moving less', 'baby kicking less than usual', MATERNITY],
    ['waters breaking', 'my waters have gone', MATERNITY],
    ['labour', 'contractions every 5 minutes', MATERNITY],
  ])('%s ("%s"): the right line is first and "Need help now?" is above the results', (_, query, expected) => {
    showSearch(query);
    expect(expected).toContain(results()[0]);
    expect(boxIsAboveResults()).toBe(true);
    const box = urgentBox() as HTMLElement;
    expect(within(box).getByRole('link', { name: /999/ }).getAttribute('href')).toBe('tel:999');
    expect(within(box).getByRole('link', { name: /111/ }).getAttribute('href')).toBe('tel:111');
  });

  it('tells a pregnant parent to call the maternity unit, in the box', () => {
    showSearch('my waters have gone');
    expect(within(urgentBox() as HTMLElement).getByText(/Call your maternity unit or midwife now/)).toBeTruthy();
  });

  it('shows the box for urgent words only, never for an ordinary question', () => {
    showSearch('baby wont stop crying');
    expect(results().length).toBeGreaterThan(0);
    expect(urgentBox()).toBeNull();
    expect(EMERGENCY).not.toContain(results()[0]);
    cleanup();
    showSearch('baby wont stop crying and has a rash');
    expect(urgentBox()).not.toBeNull();
  });
});

describe('names and places', () => {
  beforeEach(() => {
    setSearchCatalogue(real);
  });

  it('"childline" is searched as typed, not corrected to "childminder", and finds the NSPCC first', () => {
    showSearch('childline');
    // The NSPCC runs Childline; a Childline entry of its own, if the catalogue gains one, also counts.
    expect(results()[0]).toMatch(/NSPCC|Childline/);
    expect(results().join('|')).not.toMatch(/childcare|childminder|early education/i);
    expect(document.body.textContent).not.toMatch(/childminder/i);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('childline');
  });

  it('"Harlow family support" shows a west Essex service first', () => {
    showSearch('Harlow family support');
    const first = real.services.find((s) => s.name === results()[0]);
    const harlow = area.districts.find((d) => d.name === 'Harlow')?.lad_code as string;
    // Local to Harlow (a venue there, or an area naming it), not a national line.
    const local =
      first?.locations.some((l) => l.ladCode === harlow) || first?.areas.some((a) => a.ladCodes !== 'all' && a.ladCodes.includes(harlow));
    expect(local).toBe(true);
  });
});
