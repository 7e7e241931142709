import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, homePageJsBytes } from './built-app';

// Leaflet (about 42 KB gzip) must load only with the map: the home page's JavaScript never carries it.

// Strings only Leaflet's code contains: its class names and its licence banner.
const LEAFLET_SIGNATURE = /leaflet-container|leaflet-marker-icon|Leaflet 1\.\d/;

const allJs = readdirSync(join(dist, 'assets'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => join('assets', file));
const hasLeaflet = (file: string) => LEAFLET_SIGNATURE.test(readFileSync(join(dist, file), 'utf8'));

describe('the map is code-split', () => {
  it('ships Leaflet in some chunk (so the check below is not vacuous)', () => {
    expect(allJs.filter(hasLeaflet).length).toBeGreaterThan(0);
  });

  it("keeps Leaflet out of the home page's JavaScript", () => {
    const homeFiles = homePageJsBytes(dist).files.map((f) => f.file);
    expect(homeFiles.length).toBeGreaterThan(0);
    expect(homeFiles.filter(hasLeaflet)).toEqual([]);
  });

  it('precaches the offline map and postcode data', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    for (const file of ['geo/boundaries.json', 'geo/places.json', 'geo/postcodes.json']) expect(sw).toContain(`"${file}"`);
  });
});
