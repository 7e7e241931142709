/**
 * Search results for a family whose postcode is saved: their own area first, distances, and
 * "nearest first", on the real catalogue as the build reads it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { servesDistrict } from '../../src/features/filters/match';
import { countyDistricts, districtsByCounty, orderIn, rankForPlace, withOrder } from '../../src/features/postcodes/place-ranking';

const dir = fileURLToPath(new URL('../../data/catalogue', import.meta.url));
const catalogue = normaliseCatalogue(readCatalogueDir(dir).files as unknown as CatalogueFiles);

// Harlow (CM20), in west Essex, and Stevenage (SG1), in Hertfordshire.
const HARLOW = { lat: 51.7727, lon: 0.0964, ladCode: 'E07000073' };
const STEVENAGE = { lat: 51.9038, lon: -0.1966, ladCode: 'E07000243' };
const HERTS = countyDistricts(STEVENAGE.ladCode);
const ESSEX = countyDistricts(HARLOW.ladCode);
const hertsOnly = (s: (typeof catalogue.services)[number]) =>
  HERTS.some((c) => servesDistrict(s, c)) && !ESSEX.some((c) => servesDistrict(s, c));
const servesHarlow = (s: (typeof catalogue.services)[number]) => servesDistrict(s, HARLOW.ladCode);

describe('ranking for the family’s area', () => {
  it('knows the two counties apart', () => {
    expect(HERTS).toHaveLength(10);
    expect(ESSEX).toEqual(expect.arrayContaining(['E07000072', 'E07000073', 'E07000077']));
    expect(countyDistricts('E09000001')).toEqual([]);
  });

  it('groups any area’s districts by county, in the area file’s order (the same grouping the search reads "Essex" by)', () => {
    const districts = [
      { lad_code: 'B1', county: 'Otherland' },
      { lad_code: 'A1', county: 'Countyshire' },
      { lad_code: 'B2', county: 'Otherland' },
    ];
    expect([...districtsByCounty(districts)]).toEqual([
      ['Otherland', ['B1', 'B2']],
      ['Countyshire', ['A1']],
    ]);
    expect(countyDistricts('B2', districts)).toEqual(['B1', 'B2']);
  });

  it('puts every service for a Harlow family before any Hertfordshire-only one, keeping the rest of the order', () => {
    // Hertfordshire services first, as an alphabetical list would often have them.
    const input = [...catalogue.services].sort((a, b) => Number(hertsOnly(b)) - Number(hertsOnly(a)));
    expect(hertsOnly(input[0]!)).toBe(true);
    const { services } = rankForPlace(input, HARLOW, 'best');
    const firstHertsOnly = services.findIndex(hertsOnly);
    const lastForHarlow = services.map(servesHarlow).lastIndexOf(true);
    expect(firstHertsOnly).toBeGreaterThan(lastForHarlow);
    expect(services).toHaveLength(input.length);
    // Within the family's area the search's own order stands.
    const forHarlow = input.filter(servesHarlow);
    expect(services.filter(servesHarlow)).toEqual(forHarlow);
  });

  it('does the opposite for a Stevenage family', () => {
    const { services } = rankForPlace(catalogue.services, STEVENAGE, 'best');
    const essexOnly = (s: (typeof catalogue.services)[number]) =>
      !servesDistrict(s, STEVENAGE.ladCode) && !HERTS.some((c) => servesDistrict(s, c));
    expect(services.findIndex(essexOnly)).toBeGreaterThan(services.map((s) => servesDistrict(s, STEVENAGE.ladCode)).lastIndexOf(true));
  });

  it('gives each service with a place the miles to its nearest place, and none to phone-only services', () => {
    const { miles } = rankForPlace(catalogue.services, HARLOW, 'best');
    const pah = catalogue.services.find((s) => s.id === 'svc-pah-birthing-unit')!;
    expect(miles.get(pah.id)).toBeLessThan(3); // the Princess Alexandra Hospital is in Harlow
    expect(miles.has('svc-nhs-111')).toBe(false);
  });

  it('sorts nearest first within the family’s area when asked, services with no place after every distance', () => {
    const { services, miles } = rankForPlace(catalogue.services, HARLOW, 'nearest');
    const forHarlow = services.filter(servesHarlow);
    expect(services.slice(0, forHarlow.length)).toEqual(forHarlow);
    const distances = forHarlow.map((s) => miles.get(s.id));
    const placed = distances.filter((m): m is number => m !== undefined);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed).toEqual([...placed].sort((a, b) => a - b));
    expect(distances.slice(0, placed.length).every((m) => m !== undefined)).toBe(true);
    // The search's own order would not do this: it is not by distance.
    const unsorted = rankForPlace(catalogue.services, HARLOW, 'best')
      .services.filter(servesHarlow)
      .map((s) => miles.get(s.id));
    expect(unsorted).not.toEqual(distances);
  });

  it('keeps the order in the search address', () => {
    expect(orderIn('?q=food&sort=nearest')).toBe('nearest');
    expect(orderIn('?q=food&sort=<script>')).toBe('best');
    expect(withOrder('/search?q=food', 'nearest')).toBe('/search?q=food&sort=nearest');
    expect(withOrder('/search', 'nearest')).toBe('/search?sort=nearest');
    expect(withOrder('/search?q=food', 'best')).toBe('/search?q=food');
  });
});

describe('"money for food" from a Harlow postcode (issue 20)', () => {
  it('shows a west Essex or national service first, before any Hertfordshire-only one', async () => {
    const { createCatalogueSearch } = await import('../../src/features/search/catalogue-search');
    const { buildGazetteer } = await import('../../src/features/search/places-in-query');
    const { findServices } = await import('../../src/features/search/find-services');
    const found = findServices(createCatalogueSearch(catalogue), buildGazetteer(), 'money for food').services;
    expect(found.some(hertsOnly)).toBe(true);
    const { services } = rankForPlace(found, HARLOW, 'best');
    expect(servesHarlow(services[0]!)).toBe(true);
    expect(services.findIndex(hertsOnly)).toBeGreaterThan(services.map(servesHarlow).lastIndexOf(true));
  });
});
