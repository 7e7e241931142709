/**
 * The offline base map drawing: the shipped public/geo/basemap.json must be what the generator
 * makes from the shipped boundaries (so it shows the same districts, data/area.json's, that the
 * app checks locations against), and its projection must put the area's corners at the drawing's corners, or it would
 * sit askew on the street map.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import area from '../../data/area.json';
import { pointOnBasemap } from '../../src/features/map/basemap';

interface Drawing {
  width: number;
  height: number;
  paths: { kind: string; code: string; d: string }[];
}
const generatorUrl = new URL('../../scripts/data/geo/basemap.mjs', import.meta.url).href;
const { basemap } = (await import(/* @vite-ignore */ generatorUrl)) as {
  basemap: (features: unknown[], bounds: typeof area.bounds) => Drawing;
};
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as unknown;
const boundaries = read('public/geo/boundaries.json') as { features: unknown[] };
const shipped = read('public/geo/basemap.json') as Drawing;

const square = (kind: string, ring: number[][]) => ({
  type: 'Feature',
  properties: { kind, code: 'X' },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

describe('the offline base map drawing', () => {
  it('is the drawing of the shipped boundaries (re-run scripts/data/build-geo.mjs if this fails)', () => {
    expect(shipped).toEqual(basemap(boundaries.features, area.bounds));
  });

  it("has data/area.json's districts, then one outline per county drawn on top", () => {
    const counties = new Set(area.districts.map((d) => d.county));
    expect(shipped.paths.map((p) => p.kind)).toEqual([...area.districts.map(() => 'district'), ...[...counties].map(() => 'outline')]);
    const drawn = shipped.paths.filter((p) => p.kind === 'district').map((p) => p.code);
    expect(drawn.sort()).toEqual(area.districts.map((d) => d.lad_code).sort());
    expect(shipped.paths.every((p) => /^M[\d LMZ]+Z$/.test(p.d))).toBe(true);
  });

  it("puts the area's north-west corner at the top left and south-east at the bottom right", () => {
    const { south, west, north, east } = area.bounds;
    const { width, height, paths } = basemap(
      [
        square('district', [
          [west, north],
          [east, south],
          [west, south],
          [west, north],
        ]),
      ],
      area.bounds,
    );
    expect(paths[0]?.d).toBe(`M0 0L${width} ${height}L0 ${height}L0 0Z`);
  });

  it('puts a service dot on the still map where the drawing has that place (same projection)', () => {
    const { south, west, north, east } = area.bounds;
    // A district boundary vertex chosen from the drawing's own generator, and the dot for the same spot.
    const lat = (south + north) / 2;
    const lon = (west + east) / 2;
    const { paths } = basemap(
      [
        square('district', [
          [lon, lat],
          [east, south],
          [west, south],
          [lon, lat],
        ]),
      ],
      area.bounds,
    );
    const [x, y] = (paths[0]?.d.slice(1).split('L')[0] ?? '').split(' ').map(Number);
    const dot = pointOnBasemap(shipped, area.bounds, lat, lon);
    expect(Math.abs(dot.x - (x as number))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(dot.y - (y as number))).toBeLessThanOrEqual(0.5);
    expect(pointOnBasemap(shipped, area.bounds, south, east)).toEqual({ x: shipped.width, y: expect.closeTo(shipped.height, 0) });
  });

  it('refuses a boundary outside the area, rather than drawing it off the map', () => {
    const { north, east } = area.bounds;
    expect(() => basemap([square('district', [[east + 0.1, north]])], area.bounds)).toThrow(/outside data\/area.json bounds/);
  });
});
