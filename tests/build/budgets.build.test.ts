/**
 * Byte budgets for a cheap phone on weak 4G (bytes are deterministic, unlike timings):
 * the home page's JavaScript, and everything the service worker stores for offline use
 * (the catalogue and the offline postcode data included).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HOME_JS_BUDGET = 50 * 1024;
const PRECACHE_BUDGET = 700 * 1024;

interface SizeReport {
  files: { file: string; raw: number; gzip: number }[];
  totalGzip: number;
}
type Measure = (distDir: string) => SizeReport;

// Imported through a computed URL: size-report.mjs is plain JS with no .d.ts, so
// a literal import would fail `tsc --noEmit` (TS7016) under strict.
const sizeReportUrl = new URL('../../scripts/bench/size-report.mjs', import.meta.url).href;
const { homePageJsBytes, precacheBytes } = (await import(/* @vite-ignore */ sizeReportUrl)) as {
  homePageJsBytes: Measure;
  precacheBytes: Measure;
};
const dist = process.env.BSF_DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
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
