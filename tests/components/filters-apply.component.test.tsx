/**
 * "Apply filters" closes the filter panel and brings focus to the results heading, so on a phone
 * the first result is just below instead of four screens down (issue 20).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSearchCatalogue } from '../fixtures/search-catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import SearchPage from '../../src/pages/search-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

const filterPanel = () => document.querySelector('details.filters') as HTMLDetailsElement;

function openFilters() {
  window.history.replaceState(null, '', '/search?q=111');
  render(
    <LocationProvider>
      <SearchPage />
    </LocationProvider>,
  );
  filterPanel().open = true;
  fireEvent(filterPanel(), new Event('toggle'));
}

describe('applying filters', () => {
  beforeEach(() => {
    setSearchCatalogue(normaliseCatalogue(validCatalogue()));
  });

  it('closes the panel and moves focus to the results heading, keeping the filter', async () => {
    openFilters();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Free only' }));
    // Each choice applies at once; the panel stays open while the parent is choosing.
    await screen.findByText(/with 1 filter/);
    expect(filterPanel().open).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(filterPanel().open).toBe(false));
    const heading = screen.getByRole('heading', { level: 2, name: /found for .*111.*, with 1 filter/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // Closed, the panel still holds the filter, so the next search keeps it.
    const free = screen.getByRole('checkbox', { name: 'Free only', hidden: true }) as HTMLInputElement;
    expect(free.checked).toBe(true);
  });
});
