import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { loadValidCatalogue } from '../../build/catalogue-plugin';
import { distanceMiles, roundMiles } from '../../src/features/postcodes/distance';
import type { PostcodeData } from '../../src/features/postcodes/lookup';
import { nearPostcode } from '../../src/features/postcodes/near-postcode';

// The shipped files, as the app loads them (made by scripts/data/build-geo.mjs from ../shared/data).
const data = JSON.parse(readFileSync('public/geo/postcodes.json', 'utf8')) as PostcodeData;
const { services } = normaliseCatalogue(loadValidCatalogue('data'));
const near = (input: string) => nearPostcode(data, services, input);

describe('near my postcode, offline', () => {
  it('puts the Stevenage family centre base first for "sg1 1aa"', () => {
    const result = near('sg1 1aa');
    if (!result.ok) throw new Error(`expected a place, got ${result.error}`);
    expect(result.place).toMatchObject({ label: 'SG1 1AA', precision: 'unit', inArea: true });
    // SG1 1AA is 51.89608, -0.20300 in Code-Point Open.
    expect(result.place.lat).toBeCloseTo(51.8961, 4);
    expect(result.place.lon).toBeCloseTo(-0.203, 4);
    const first = result.placed[0];
    expect(first?.location.id).toBe('loc-family-centre-stevenage');
    expect(first?.approximate).toBe(true);
    expect(roundMiles(first?.miles ?? -1)).toBe(0.4);
    // Nearest first, all the way down.
    const miles = result.placed.map((p) => p.miles ?? 0);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
  });

  it('resolves an outcode such as "AL1" to the St Albans area', () => {
    const result = near('AL1');
    if (!result.ok) throw new Error(`expected a place, got ${result.error}`);
    expect(result.place).toMatchObject({ label: 'AL1', precision: 'outcode', inArea: true });
    expect(result.placed[0]?.location.id).toBe('loc-family-centre-st-albans');
  });

  it('resolves a sector such as "sg1 1" to its centre', () => {
    const result = near('sg1 1');
    expect(result).toMatchObject({ ok: true, place: { label: 'SG1 1', precision: 'sector', inArea: true } });
  });

  it('names the problem for a postcode that does not exist', () => {
    expect(near('XX99 9ZZ')).toEqual({ ok: false, error: 'notFound', text: 'XX99 9ZZ' });
    // SG1 lies wholly in the area and we ship every live SG1 postcode, so SG1 1ZZ is not real.
    expect(near('SG1 1ZZ')).toEqual({ ok: false, error: 'notFound', text: 'SG1 1ZZ' });
    expect(near('not a postcode')).toMatchObject({ ok: false, error: 'format' });
    expect(near('')).toMatchObject({ ok: false, error: 'empty' });
  });

  it('says a real postcode outside the area is outside, and still lists the nearest services', () => {
    // OX1 1AA (Oxford): its unit is not shipped, so it resolves through the OX1 outcode centre.
    const result = near('ox1 1aa');
    if (!result.ok) throw new Error(`expected a place, got ${result.error}`);
    expect(result.place).toMatchObject({ label: 'OX1 1AA', precision: 'outcode', inArea: false });
    expect(result.place.lat).toBeCloseTo(51.745, 3);
    expect(result.placed.length).toBeGreaterThan(0);
    // Hemel Hempstead is the nearest base to Oxford, roughly 35 miles away.
    expect(result.placed[0]?.location.id).toBe('loc-family-centre-hemel-hempstead');
    expect(result.placed[0]?.miles).toBeGreaterThan(30);
  });

  it('treats a postcode just over the border (in a shared sector) as outside, near its sector', () => {
    // SG5 3 has 269 postcodes, 200 of them in North Hertfordshire; SG5 3ZZ is not one of ours.
    const result = near('SG5 3ZZ');
    expect(result).toMatchObject({ ok: true, place: { precision: 'sector', inArea: false } });
  });

  it('lists services with no map position separately rather than dropping them', () => {
    const result = near('SG1 1AA');
    if (!result.ok) throw new Error('expected a place');
    const total = new Set([...result.placed.map((p) => p.service.id), ...result.anywhere.map((s) => s.id)]);
    expect(total.size).toBe(services.length);
    expect(result.anywhere.some((s) => s.id === 'svc-nhs-111')).toBe(true);
  });
});

describe('distance', () => {
  it('measures great-circle miles', () => {
    // Stevenage base to Watford base, about 20 miles apart.
    const miles = distanceMiles({ lat: 51.9022, lon: -0.2026 }, { lat: 51.6553, lon: -0.396 });
    expect(roundMiles(miles)).toBeGreaterThan(18);
    expect(roundMiles(miles)).toBeLessThan(20);
    expect(roundMiles(2.25)).toBe(2.3);
  });
});
