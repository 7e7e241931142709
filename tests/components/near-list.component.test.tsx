/**
 * The list beside the map is rendered in steps (a few cards at once, the rest a task at a time)
 * so a cheap phone is never blocked for long; the parent must still end up with every service,
 * and a new postcode must reorder the whole list, not leave half of the old one.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { PlacedList } from '../../src/features/map/near-list';
import { servicesByPlace } from '../../src/features/postcodes/nearest';
import { validCatalogue } from '../fixtures/catalogue/valid';

const services = normaliseCatalogue(validCatalogue()).services;
const miles = (m: number) => `${m} miles`;

/** The placed list repeated until it is longer than one step, as on the real map page. */
function manyPlaced(from?: { lat: number; lon: number }) {
  const { placed } = servicesByPlace(services, from);
  return Array.from({ length: 30 }, (_, copy) =>
    placed.map((entry) => ({ ...entry, location: { ...entry.location, id: `${entry.location.id}-${copy}` } })),
  ).flat();
}

const cardLinks = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('list beside the map', () => {
  it('ends up holding every placed service, in order', async () => {
    const placed = manyPlaced();
    expect(placed.length).toBeGreaterThan(14);
    render(<PlacedList placed={placed} formatMiles={miles} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(placed.length));
    expect(cardLinks()).toEqual(placed.map((entry) => entry.service.name));
  });

  it('shows the new order in full after a postcode is given', async () => {
    const before = manyPlaced();
    const view = render(<PlacedList placed={before} formatMiles={miles} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(before.length));
    const first = before[0]!.location;
    const after = manyPlaced({ lat: first.latitude, lon: first.longitude }).slice(0, before.length - 3);
    view.rerender(<PlacedList placed={after} formatMiles={miles} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(after.length));
    expect(cardLinks()).toEqual(after.map((entry) => entry.service.name));
    expect(screen.getAllByText(/miles/).length).toBe(after.length);
  });
});
