/**
 * A life-stage page groups its services by topic with each service's card once (issue 20: the
 * Pregnancy page repeated the same cards over about 30 screens), and a service about several
 * topics is still named under each of them.
 */
import { render, screen, within } from '@testing-library/preact';
import path from 'node:path';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import TermPage from '../../src/pages/term-page';

const dir = path.resolve(import.meta.dirname, '../../data/catalogue');
const real = normaliseCatalogue(readCatalogueDir(dir).files as unknown as CatalogueFiles);

/** The one term page at an address: /life-stages/:id or /categories/:id (src/routes.ts). */
function showTerm(section: 'life-stages' | 'categories', id: string) {
  window.history.replaceState(null, '', `/${section}/${id}`);
  render(
    <LocationProvider>
      <TermPage id={id} />
    </LocationProvider>,
  );
}
const showStage = (id: string) => showTerm('life-stages', id);

const sectionOf = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const cardTitles = (root: HTMLElement) =>
  within(root)
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('the Pregnancy stage page', () => {
  beforeEach(() => {
    setCatalogue(real);
  });

  it('shows each of its services’ cards once, under a topic heading', () => {
    showStage('stage-pregnancy');
    const pregnancy = real.services.filter((s) => s.lifeStages.includes('stage-pregnancy'));
    // The real catalogue has services under several topics, or this test would prove nothing.
    expect(pregnancy.some((s) => s.categories.length > 1)).toBe(true);

    const titles = cardTitles(document.querySelector('main, body') as HTMLElement);
    expect(titles).toHaveLength(pregnancy.length);
    expect(new Set(titles).size).toBe(titles.length);
    expect([...titles].sort()).toEqual(pregnancy.map((s) => s.name).sort());
    expect(screen.getByText(`${pregnancy.length} services`)).toBeTruthy();
  });

  it('names a service under each of its other topics, linking to it, without a second card', () => {
    showStage('stage-pregnancy');
    const samaritans = real.services.find((s) => s.id === 'svc-samaritans')!;
    expect(samaritans.categories).toEqual(['cat-urgent-help', 'cat-mental-health']);

    const urgent = sectionOf('Urgent help');
    expect(cardTitles(urgent)).toContain(samaritans.name);
    const mental = sectionOf('Your mental health');
    expect(cardTitles(mental)).not.toContain(samaritans.name);
    const link = within(mental).getByRole('link', { name: samaritans.name });
    expect(link.getAttribute('href')).toBe('/services/svc-samaritans');
  });
});

describe('the same page at a category address', () => {
  beforeEach(() => {
    setCatalogue(real);
  });

  it('lists the category’s services straight, as cards under the page heading', () => {
    showTerm('categories', 'cat-urgent-help');
    const urgent = real.services.filter((s) => s.categories.includes('cat-urgent-help'));
    expect(screen.getByRole('heading', { level: 1, name: 'Urgent help' })).toBeTruthy();
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect([...titles].sort()).toEqual(urgent.map((s) => s.name).sort());
  });

  it('does not show a life stage at a category address', () => {
    showTerm('categories', 'stage-pregnancy');
    expect(screen.queryByRole('heading', { level: 1, name: 'Pregnancy' })).toBeNull();
  });
});
