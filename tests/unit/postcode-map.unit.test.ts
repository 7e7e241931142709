import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import area from '../../data/area.json';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { loadValidCatalogue } from '../../build/catalogue-plugin';
import { clusterByGrid } from '../../src/features/map/cluster';
import { mapPoints } from '../../src/features/map/map-points';
import { districtAt, type BoundaryFeature } from '../../src/features/postcodes/in-area';
import { servicesByPlace } from '../../src/features/postcodes/nearest';

const boundaries = JSON.parse(readFileSync('public/geo/boundaries.json', 'utf8')) as { features: BoundaryFeature[] };
const { services } = normaliseCatalogue(loadValidCatalogue('data'));

describe('"is this in the area" for a shared location', () => {
  it('places a point in its district, and a point in Oxford or Luton outside', () => {
    expect(districtAt(boundaries.features, { lat: 51.8961, lon: -0.203 })).toBe('E07000243'); // SG1 1AA, Stevenage
    expect(districtAt(boundaries.features, { lat: 51.7767, lon: 0.1116 })).toBe('E07000073'); // Harlow
    expect(districtAt(boundaries.features, { lat: 51.745, lon: -1.2613 })).toBeUndefined(); // OX1
    expect(districtAt(boundaries.features, { lat: 51.8787, lon: -0.42 })).toBeUndefined(); // Luton
  });

  it("ships data/area.json's districts as boundaries, all of them and no others", () => {
    const shipped = boundaries.features.filter((f) => f.properties.kind === 'district').map((f) => f.properties.code);
    expect(shipped.sort()).toEqual(area.districts.map((d) => d.lad_code).sort());
  });
});

describe('map markers', () => {
  const { placed } = servicesByPlace(services);
  const points = mapPoints(placed, (entries) => entries.map((e) => `${e.service.name}, ${e.location.name}`).join('; '));

  it('gives every located service a marker, sharing one where places share a position', () => {
    expect(points.reduce((sum, p) => sum + p.entries.length, 0)).toBe(placed.length);
    // The Lister Hospital (its maternity wards and advice line) is placed at Stevenage town centre, like the Stevenage base.
    const stevenage = points.find((p) => p.entries.some((e) => e.location.id === 'loc-family-centre-stevenage'));
    expect([...new Set(stevenage?.entries.map((e) => e.location.id))].sort()).toEqual([
      'loc-family-centre-stevenage',
      'loc-lister-hospital',
    ]);
  });

  it('names each marker uniquely', () => {
    const names = points.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Family Centre Service, Hitchin base');
  });

  it('keeps 2,000 locations to a bounded number of markers without losing any', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ x: (i * 7919) % 800, y: (i * 104729) % 600 }));
    const clusters = clusterByGrid(many, (p) => p, 44);
    expect(clusters.length).toBeLessThanOrEqual(Math.ceil(800 / 44) * Math.ceil(600 / 44));
    expect(clusters.reduce((sum, c) => sum + c.points.length, 0)).toBe(2000);
  });
});
