/**
 * The built app for build tests: where dist/ is (BSF_DIST_DIR for another build) and the bench's
 * own size measures (scripts/bench/size-report.mjs), so tests and `npm run bench` count alike.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SizeReport {
  files: { file: string; raw: number; gzip: number }[];
  totalGzip: number;
}
type Measure = (distDir: string) => SizeReport;

// Imported through a computed URL: size-report.mjs is plain JS with no .d.ts, so a literal
// import would fail the type check (TS7016) under strict.
const sizeReportUrl = new URL('../../scripts/bench/size-report.mjs', import.meta.url).href;
export const { homePageJsBytes, precacheBytes } = (await import(/* @vite-ignore */ sizeReportUrl)) as {
  homePageJsBytes: Measure;
  precacheBytes: Measure;
};

export const dist = process.env.BSF_DIST_DIR ? resolve(process.env.BSF_DIST_DIR) : fileURLToPath(new URL('../../dist', import.meta.url));
