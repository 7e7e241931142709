import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Budget for the JavaScript a visitor downloads before the home page can run,
// on a slow phone connection: lazy routes are not counted.
const BUDGET_GZIP_BYTES = 60 * 1024;

interface SizeReport {
  files: { file: string; raw: number; gzip: number }[];
  totalGzip: number;
}

// Imported through a computed URL: size-report.mjs is plain JS with no .d.ts, so
// a literal import would fail `tsc --noEmit` (TS7016) under strict.
const sizeReportUrl = new URL('../../scripts/size-report.mjs', import.meta.url).href;
const { homePageJsBytes } = (await import(/* @vite-ignore */ sizeReportUrl)) as {
  homePageJsBytes: (distDir: string) => SizeReport;
};
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

describe('home page JavaScript', () => {
  const report = homePageJsBytes(dist);

  it('is found by following index.html (the report is not empty)', () => {
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.files.every((f) => f.file.endsWith('.js') && f.gzip > 0)).toBe(true);
  });

  it(`stays within ${BUDGET_GZIP_BYTES / 1024} KB gzip`, () => {
    const table = report.files.map((f) => `${f.file}: ${(f.gzip / 1024).toFixed(1)} KB`).join(', ');
    expect(report.totalGzip, `home page JS: ${table}`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});
