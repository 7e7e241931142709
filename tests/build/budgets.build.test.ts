/**
 * Byte budgets for a cheap phone on weak 4G (bytes are deterministic, unlike timings):
 * the home page's JavaScript, and everything the service worker stores for offline use
 * (the catalogue and the offline postcode data included).
 */
import { describe, expect, it } from 'vitest';
import { dist, homePageJsBytes, precacheBytes, type SizeReport } from './built-app';

const HOME_JS_BUDGET = 50 * 1024;
const PRECACHE_BUDGET = 700 * 1024;

const describeFiles = (report: SizeReport) => report.files.map((f) => `${f.file}: ${(f.gzip / 1024).toFixed(1)} KB`).join(', ');

describe('byte budgets (gzip)', () => {
  const home = homePageJsBytes(dist);
  const precache = precacheBytes(dist);

  it('finds the home page JavaScript by following index.html', () => {
    expect(home.files.length).toBeGreaterThan(0);
    expect(home.files.every((f) => f.file.endsWith('.js') && f.gzip > 0)).toBe(true);
  });

  it(`home page JavaScript stays within ${HOME_JS_BUDGET / 1024} KB`, () => {
    expect(home.totalGzip, describeFiles(home)).toBeLessThanOrEqual(HOME_JS_BUDGET);
  });

  it('the home page does not load the catalogue, the map, search or other languages up front', () => {
    expect(home.files.map((f) => f.file).join(' ')).not.toMatch(/catalogue|leaflet|search-page|\/(pl|ro|uk|ur|bn|ar)-/);
  });

  it(`the whole precache (app, catalogue, postcodes, map data) stays within ${PRECACHE_BUDGET / 1024} KB`, () => {
    expect(precache.files.map((f) => f.file)).toContain('geo/postcodes.json');
    expect(precache.totalGzip, describeFiles(precache)).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});
