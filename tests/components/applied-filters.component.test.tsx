/**
 * The "Filters applied" chips name each filter as the rest of the interface does: the day by its
 * name in the parent's language (not the data's code "SU"), and a life stage or category by the
 * name the filter panel and its own page use.
 */
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { NO_FILTERS, type Filters } from '../../src/features/filters/model';
import { AppliedFilters } from '../../src/features/search/applied-filters';
import { setLanguage } from '../../src/i18n/i18n';
import { validCatalogue } from '../fixtures/catalogue/valid';

function showChips(filters: Partial<Filters>) {
  render(
    <AppliedFilters state={{ query: 'play', filters: { ...NO_FILTERS, ...filters } }} catalogue={normaliseCatalogue(validCatalogue())} />,
  );
}

const chipNames = () => screen.getAllByRole('link').map((link) => link.getAttribute('aria-label'));

describe('applied filter chips', () => {
  afterEach(async () => {
    await setLanguage('en', false);
  });

  it('names the chosen day, not its code', () => {
    showChips({ day: 'SU' });
    const chip = screen.getByRole('link', { name: 'Remove filter: Open on: Sunday' });
    expect(chip.textContent).not.toMatch(/\bSU\b/);
    expect(chip.getAttribute('href')).toBe('/search?q=play');
  });

  it("names the day in the parent's language", async () => {
    await setLanguage('pl', false);
    showChips({ day: 'SU' });
    expect(screen.getByRole('link', { name: 'Usuń filtr: Otwarte w dniu: niedziela' })).toBeTruthy();
  });

  it('names a life stage as the interface does, and a term the interface does not know by its catalogue name', () => {
    showChips({ stages: ['stage-preconception'], categories: ['cat-urgent-health'] });
    expect(chipNames()).toEqual(['Remove filter: Pre-conception and very early pregnancy', 'Remove filter: Urgent health advice', null]);
  });
});
