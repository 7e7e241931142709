#!/usr/bin/env node
// `npm run bench`: every performance figure in one table, measured on the built app (dist/).
// Timings live here, never in pass/fail tests; byte budgets are also held by tests/build/budgets.
//   npm run bench                 everything (builds first; Lighthouse takes a few minutes)
//   npm run bench -- --quick      skip Lighthouse
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIG_FEED_PAGES, lighthouseScores } from './lighthouse.mjs';
import { buildWithBigFeed } from './big-feed-build.mjs';
import { complexScriptFonts } from './fonts.mjs';
import { mapSteps } from './map-steps.mjs';
import { longLinkCost, longLinkInApp, offlineRepeatFcp } from './offline-fcp.mjs';
import { benchPostcodes } from './bench-postcodes.mjs';
import { benchSearch, FIRST_SEARCH_TARGET, TARGET as SEARCH_TARGET } from './bench-search.mjs';
import { homePageCssBytes, homePageJsBytes, lazyChunkBytes, precacheBytes } from './size-report.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const quick = process.argv.includes('--quick');

if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' }).status !== 0) {
  console.error('npm run build failed: run it to see why');
  process.exit(1);
}

const rows = [];
const add = (group, measure, figure, target = '') => rows.push({ group, measure, figure, target });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;

// Bytes (gzip -9).
add('bytes', 'home page JavaScript', kb(homePageJsBytes(dist).totalGzip), '≤ 50 KB');
add('bytes', 'home page CSS', kb(homePageCssBytes(dist).totalGzip));
for (const chunk of lazyChunkBytes(dist).files) add('bytes', `lazy ${chunk.file.replace(/^assets\//, '')}`, kb(chunk.gzip));
const precache = precacheBytes(dist);
add('bytes', `whole precache (${precache.files.length} files)`, kb(precache.totalGzip), '≤ 700 KB');

// Search, in Chromium with the CPU slowed 4x.
for (const r of await benchSearch()) {
  const budget = SEARCH_TARGET[r.services];
  add(
    'search',
    `${r.label} catalogue (${r.services} services): median / p95 per query`,
    `${ms(r.median, 2)} / ${ms(r.p95, 2)}`,
    budget === undefined ? '' : `p95 ≤ ${budget} ms`,
  );
  // Issue 15: the index is made by the build; the first search after opening (parse the build's
  // index file, assemble, one query, in a fresh page) within 100 ms. "Built on phone" is the old way.
  add('search', `${r.label} catalogue: search index file (gzip)`, kb(r.postingsGzip));
  add(
    'search',
    `${r.label} catalogue: first search from the build's index (load + first query) / index built on the phone instead`,
    `${ms(r.firstSearchMs, 0)} (${ms(r.loadedMs, 0)} + ${ms(r.firstSearchMs - r.loadedMs, 0)}) / ${ms(r.buildMs, 0)}`,
    `first ≤ ${FIRST_SEARCH_TARGET} ms`,
  );
  if (r.longQuery)
    add(
      'search',
      `${r.label} catalogue: a 100,000-character query, as the page searches it / whole text`,
      `${ms(r.longQuery.pageMs, 2)} / ${ms(r.longQuery.wholeMs, 2)}`,
    );
}

// Offline postcode lookup.
const postcodes = await benchPostcodes();
add('postcodes', 'shipped postcode data', `${kb(postcodes.rawBytes)} raw, ${kb(postcodes.gzipBytes)} gzip`);
add('postcodes', 'parse once after load', ms(postcodes.loadMs));
add('postcodes', 'lookup after load: median / p99', `${ms(postcodes.medianMs, 3)} / ${ms(postcodes.p99Ms, 3)}`, '≤ 5 ms');

// Offline repeat visit.
const fcp = await offlineRepeatFcp({ root });
add('offline', 'repeat visit, first contentful paint (4x CPU slowdown)', ms(fcp.medianMs, 0));
// Issue 21: a crafted 100,000-character search link must draw the page in under 200 ms at 4x CPU.
// Measured as a returning visitor (served by the worker: a first visit meets the host's URL limit).
const longLink = await longLinkCost({ root });
add(
  'offline',
  '100,000-character search link opened cold, drawn (4x CPU), more than "vitamins"',
  `${ms(longLink.extraMs, 0)} (${ms(longLink.longMs, 0)} against ${ms(longLink.shortMs, 0)})`,
);
const inApp = await longLinkInApp({ root });
add(
  'offline',
  '100,000-character search link tapped in the running app, drawn (4x CPU) / "vitamins"',
  `${ms(inApp.longMs, 0)} / ${ms(inApp.shortMs, 0)}`,
  '≤ 200 ms',
);
add('offline', "the visit's first search (loads search code and index from the cache, 4x CPU)", ms(inApp.firstSearchMs, 0));

// The map's build steps (User Timing marks in leaflet-map.ts), each its own task.
for (const step of await mapSteps({ root })) add('map', `${step.name} (4x CPU slowdown), median`, ms(step.medianMs));

// Lighthouse 12, mobile (median of 5 runs per page; the range shows this machine's noise).
if (!quick) {
  const runs = 5;
  const results = await lighthouseScores({ root, runs });
  for (const r of results) {
    add(
      'lighthouse',
      `${r.page} (${r.path}): performance / accessibility / best practices / SEO`,
      `${r.performance} / ${r.accessibility} / ${r['best-practices']} / ${r.seo}`,
      '≥ 98 / 100 / 100 / 100',
    );
    add(
      'lighthouse',
      `${r.page}: performance range over ${runs} runs; median TBT, LCP`,
      `${r.performanceRange.join('–')}; ${ms(r.tbtMs, 0)}, ${ms(r.lcpMs, 0)}`,
    );
  }
  add('lighthouse', "this machine's benchmarkIndex (Lighthouse's CPU yardstick)", String(Math.round(results[0]?.benchmarkIndex ?? 0)));
  // Issue 15: with a council's 3,000 services imported (a test feed, built into /tmp), search
  // still scores ≥ 95; home and map beside it.
  const bigFeed = await lighthouseScores({ root, runs: 3, pages: BIG_FEED_PAGES, outDir: await buildWithBigFeed(3000) });
  for (const r of bigFeed) {
    add(
      'lighthouse',
      `${r.page} (${r.path}): performance (range of 3 runs) / accessibility`,
      `${r.performance} (${r.performanceRange.join('–')}) / ${r.accessibility}`,
      r.path.startsWith('/search') ? '≥ 95 / 100' : '',
    );
  }
  add(
    'lighthouse',
    'fonts for Bengali and Arabic script installed',
    complexScriptFonts() ? 'yes' : 'NO: figures are pessimistic (apt-get install fonts-noto-ui-core; phones ship these fonts)',
  );
}

const widths = ['group', 'measure', 'figure', 'target'].map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
const line = (r) => ['group', 'measure', 'figure', 'target'].map((k, i) => String(r[k]).padEnd(widths[i])).join(' | ');
console.log(line({ group: 'group', measure: 'measure', figure: 'figure', target: 'target' }));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
rows.forEach((r) => console.log(line(r)));
