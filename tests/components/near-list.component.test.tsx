/**
 * The list beside the map is rendered in steps (a few cards at once, the rest of a page a task at
 * a time) and a page at a time ("Show more services"), so a cheap phone is never blocked for long
 * even with a council's thousands of services; the parent must still reach every service, and a
 * new postcode must reorder the whole list, not leave half of the old one.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { CARDS_PER_PAGE, PlacedList } from '../../src/features/map/near-list';
import { servicesByPlace } from '../../src/features/postcodes/nearest';
import { validCatalogue } from '../fixtures/catalogue/valid';

const services = normaliseCatalogue(validCatalogue()).services;
const miles = (m: number) => `${m} miles`;

/** The placed list repeated until it is longer than one step, as on the real map page. */
function manyPlaced(from?: { lat: number; lon: number }) {
  const { placed } = servicesByPlace(services, from);
  return Array.from({ length: 120 }, (_, copy) =>
    placed.map((entry) => ({ ...entry, location: { ...entry.location, id: `${entry.location.id}-${copy}` } })),
  ).flat();
}

const cardLinks = () => screen.getAllByRole('link').map((link) => link.textContent);
const showMore = () => screen.queryByRole('button', { name: 'Show more services' });

/** Presses "Show more services" until the whole list is there. */
async function showAll(length: number) {
  for (let page = 1; page * CARDS_PER_PAGE < length; page++) {
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(page * CARDS_PER_PAGE));
    fireEvent.click(showMore()!);
  }
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(length));
  expect(showMore()).toBeNull();
}

describe('list beside the map', () => {
  it('shows the first page, and every placed service in order through "Show more services"', async () => {
    const placed = manyPlaced();
    expect(placed.length).toBeGreaterThan(2 * CARDS_PER_PAGE);
    render(<PlacedList placed={placed} formatMiles={miles} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(CARDS_PER_PAGE));
    expect(showMore()).not.toBeNull();
    await showAll(placed.length);
    expect(cardLinks()).toEqual(placed.map((entry) => entry.service.name));
  });

  it('shows the new order in full after a postcode is given', async () => {
    const before = manyPlaced();
    const view = render(<PlacedList placed={before} formatMiles={miles} />);
    await showAll(before.length);
    const first = before[0]!.location;
    const after = manyPlaced({ lat: first.latitude, lon: first.longitude }).slice(0, before.length - 3);
    view.rerender(<PlacedList placed={after} formatMiles={miles} />);
    // A new list starts again at its first page, nearest first.
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(CARDS_PER_PAGE));
    await showAll(after.length);
    expect(cardLinks()).toEqual(after.map((entry) => entry.service.name));
    expect(screen.getAllByText(/miles/).length).toBe(after.length);
  });
});
