import { describe, expect, it } from 'vitest';
import type { ServiceView } from '../../src/features/catalogue/model';
import { deliveryOf, isFree, languageOptions, matchesFilters, servesDistrict } from '../../src/features/filters/match';
import { NO_FILTERS, type Filters } from '../../src/features/filters/model';
import { parseSearchParams, searchUrl, toSearchParams } from '../../src/features/filters/url';
import { serviceView } from '../fixtures/service-view';

// Fictional services (example.org, Ofcom drama numbers).
const base = serviceView({
  id: 'svc-a',
  name: 'Example Stay and Play',
  description: 'Songs and play.',
  organisation: { id: 'org-a', name: 'Example Org' },
  sourceUrls: ['https://example.org'],
  lifeStages: ['stage-babies-toddlers'],
  categories: ['cat-groups-stay-play'],
});
const helpline: ServiceView = {
  ...base,
  id: 'svc-b',
  phones: [{ number: '01632 960001' }],
  fees: 'Free',
  minimumAge: 0,
  maximumAge: 5,
  schedules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' }],
  areas: [{ name: 'England', ladCodes: 'all' }],
  languages: [{ name: 'Polish', code: 'pl' }],
};
const venue: ServiceView = {
  ...base,
  id: 'svc-c',
  url: 'https://example.org/venue',
  lifeStages: ['stage-pregnancy'],
  locations: [
    {
      id: 'loc',
      name: 'Hall',
      address: { line1: '1 Example Road', town: 'Watford', county: 'Hertfordshire' },
      ladCode: 'E07000103',
      accessibility: [],
    },
  ],
};
const WED_10AM = new Date('2026-01-14T10:00:00Z');
const SAT_10AM = new Date('2026-01-17T10:00:00Z');
const match = (s: ServiceView, f: Partial<Filters>, now = WED_10AM) => matchesFilters(s, { ...NO_FILTERS, ...f }, now);

describe('filters', () => {
  it('derives how a service is delivered from its data', () => {
    expect([...deliveryOf(helpline)]).toEqual(['phone']);
    expect([...deliveryOf(venue)].sort()).toEqual(['in-person', 'online']);
    expect(match(venue, { delivery: ['in-person'] })).toBe(true);
    expect(match(helpline, { delivery: ['in-person'] })).toBe(false);
  });

  it('filters by life stage and category (any of the chosen ones)', () => {
    expect(match(venue, { stages: ['stage-pregnancy', 'stage-early-years'] })).toBe(true);
    expect(match(helpline, { stages: ['stage-pregnancy'] })).toBe(false);
    expect(match(base, { categories: ['cat-send'] })).toBe(false);
  });

  it("filters by the child's age in months or years, including the top year", () => {
    expect(match(helpline, { age: { value: 18, unit: 'months' } })).toBe(true);
    expect(match(helpline, { age: { value: 5, unit: 'years' } })).toBe(true);
    expect(match(helpline, { age: { value: 6, unit: 'years' } })).toBe(false);
    expect(match(base, { age: { value: 30, unit: 'months' } })).toBe(true); // no age limits known
  });

  it('keeps only free services when asked', () => {
    expect(isFree(helpline)).toBe(true);
    expect(isFree({ ...base, fees: 'Free from landlines and most mobiles' })).toBe(true);
    expect(isFree({ ...base, fees: '£5 a session' })).toBe(false);
    expect(match(base, { freeOnly: true })).toBe(false);
  });

  it('filters by open now and by day, in London time', () => {
    expect(match(helpline, { openNow: true }, WED_10AM)).toBe(true);
    expect(match(helpline, { openNow: true }, SAT_10AM)).toBe(false);
    expect(match(base, { openNow: true })).toBe(false); // hours unknown
    expect(match(helpline, { day: 'TU' })).toBe(true);
    expect(match(helpline, { day: 'SU' })).toBe(false);
  });

  it('filters by district: a venue there, an area covering it, or a national service', () => {
    expect(servesDistrict(venue, 'E07000103')).toBe(true);
    expect(servesDistrict(venue, 'E07000243')).toBe(false);
    expect(servesDistrict(helpline, 'E07000243')).toBe(true);
    expect(servesDistrict({ ...base, areas: [{ name: 'Herts', ladCodes: ['E07000243'] }] }, 'E07000243')).toBe(true);
  });

  it('offers language options only when the catalogue has languages', () => {
    expect(languageOptions([base, venue])).toEqual([]);
    expect(languageOptions([helpline])).toEqual([{ code: 'pl', name: 'Polish' }]);
    expect(match(helpline, { languages: ['pl'] })).toBe(true);
    expect(match(venue, { languages: ['pl'] })).toBe(false);
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and every filter', () => {
    const state = {
      query: 'stay and play',
      filters: {
        stages: ['stage-babies-toddlers'],
        categories: ['cat-groups-stay-play', 'cat-send'],
        age: { value: 18, unit: 'months' as const },
        freeOnly: true,
        delivery: ['in-person' as const],
        openNow: true,
        day: 'SA' as const,
        languages: ['pl'],
        district: 'E07000103',
      },
    };
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
    expect(searchUrl(state)).toMatch(/^\/search\?q=stay\+and\+play&stage=stage-babies-toddlers&cat=cat-groups-stay-play&cat=cat-send/);
  });

  it('reads what the no-JavaScript form sends, including empty fields and commas', () => {
    const { query, filters } = parseSearchParams('q=+jabs+&age=&ageUnit=years&day=&district=&free=on&cat=cat-a,cat-b');
    expect(query).toBe('jabs');
    expect(filters).toEqual({ ...NO_FILTERS, freeOnly: true, categories: ['cat-a', 'cat-b'] });
  });

  it('ignores malformed values instead of failing', () => {
    const { filters } = parseSearchParams('age=-3&how=teleport&day=Funday&open=later');
    expect(filters).toEqual(NO_FILTERS);
    expect(searchUrl({ query: '', filters: NO_FILTERS })).toBe('/search');
  });
});
