#!/usr/bin/env node
/**
 * Search latency under a cheap-phone CPU: Chromium with 4x CPU throttling (DevTools protocol
 * Emulation.setCPUThrottlingRate), over 30 realistic queries, for the shipped catalogue and
 * generated ones of 2,000 and 20,000 services (scripts/dev/generate-catalogue.mjs, in /tmp).
 * Prints median and p95 ms per query (each query's time is the median of 5 runs) and the
 * index build time, against our targets: p95 ≤ 16 ms at 2,000 and ≤ 50 ms at 20,000.
 * Also times a crafted 100,000-character query (one long word, issue 21) on the shipped catalogue:
 * as the search page runs it (cut to 200 characters, then places, urgent words and text), and
 * the whole text passed straight to the index (fuzzy matching skipped for overlong words).
 * Timings only: it never fails a test run. Usage: node scripts/bench/bench-search.mjs
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import CHROMIUM from '../dev/chromium.json' with { type: 'json' };
import { build } from 'vite';
import { loadTs } from '../lib/load-ts.mjs';
import { OUT_DIR, writeCatalogue } from '../dev/generate-catalogue.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const THROTTLE = 4;
const RUNS = 5;
// Keystroke-to-results p95 budgets: a frame at 60 fps for a council's directory of about 3,000
// services (issue 15), and a keystroke that still feels instant at 20,000.
export const TARGET = { 2000: 16, 3000: 16, 20000: 50 };
/** Issue 15: the first search after opening, from the prebuilt index, within 100 ms. */
export const FIRST_SEARCH_TARGET = 100;
const QUERIES = [
  'vitamins',
  'vitamns',
  'breastfeeding',
  'brestfeeding',
  'breast feeding help',
  'HV',
  'health visitor',
  'SEND',
  'special needs',
  'autism',
  'free hours',
  '30 hours childcare',
  'nursary',
  'my 2 year old isnt talking',
  'speach therapy',
  'postnatal depression',
  'PND',
  'baby blues',
  'jabs',
  'vacinations',
  'baby wont stop crying',
  'safe sleep',
  'domestic violence',
  'worried about a child',
  'midwife watford',
  'stay and play',
  'food bank',
  'money advice stevenage',
  'baby massage',
  'brea',
];

/** The shipped catalogue, normalised by the app's own TypeScript (loaded through scripts/lib/load-ts.mjs). */
async function shippedCatalogue() {
  const { readCatalogueDir } = await loadTs('build/catalogue-files.ts');
  const { normaliseCatalogue } = await loadTs('src/features/catalogue/normalise.ts');
  return normaliseCatalogue(readCatalogueDir(join(root, 'data/catalogue')).files);
}

/** The app's search code as one browser script exposing window.BSFSearch. */
async function bundleSearch() {
  mkdirSync(OUT_DIR, { recursive: true });
  const entry = join(OUT_DIR, 'bench-entry.ts');
  writeFileSync(
    entry,
    [
      `export { createCatalogueSearch } from '${root}src/features/search/catalogue-search';`,
      `export { searchServices } from '${root}src/features/search/search-index';`,
      `export { findServices } from '${root}src/features/search/find-services';`,
      `export { buildGazetteer } from '${root}src/features/search/places-in-query';`,
      `export { cleanQuery } from '${root}src/features/search/query-text';`,
      `export { postingsFile, postingsFor } from '${root}src/features/search/prebuilt-search';`,
    ].join('\n'),
  );
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: join(OUT_DIR, 'bundle'),
      emptyOutDir: true,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'BSFSearch', fileName: () => 'search.js' },
    },
  });
  return readFileSync(join(OUT_DIR, 'bundle/search.js'), 'utf8');
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(page, catalogue) {
  return page.evaluate(
    ({ catalogue, queries, runs }) => {
      const { createCatalogueSearch, searchServices } = window.BSFSearch;
      const t0 = performance.now();
      const index = createCatalogueSearch(catalogue);
      const buildMs = performance.now() - t0;
      for (const q of queries) searchServices(index, q); // warm up the JIT
      const perQuery = queries.map((q) => {
        const times = [];
        for (let r = 0; r < runs; r++) {
          const start = performance.now();
          searchServices(index, q);
          times.push(performance.now() - start);
        }
        return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
      });
      return { buildMs, perQuery };
    },
    { catalogue, queries: QUERIES, runs: RUNS },
  );
}

/**
 * The first search after opening, as a phone does it, in a fresh page (nothing compiled yet):
 * parse the index file the build made (/data/search-postings.json), put the index together
 * with the synonyms and vocabularies, and run one query. The catalogue itself is already loaded:
 * every page showing services has it.
 */
async function measureFirstSearch(browser, script, catalogue, postingsText) {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: script });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    return await page.evaluate(
      ({ catalogue, postingsText }) => {
        const { createCatalogueSearch, postingsFor, searchServices } = window.BSFSearch;
        const start = performance.now();
        const postings = postingsFor(JSON.parse(postingsText), catalogue.services);
        if (!postings) throw new Error('bench: the postings file does not match its catalogue');
        const index = createCatalogueSearch(catalogue, undefined, postings);
        const loadedMs = performance.now() - start;
        searchServices(index, 'vitamins');
        return { loadedMs, firstSearchMs: performance.now() - start };
      },
      { catalogue, postingsText },
    );
  } finally {
    await page.close();
  }
}

const LONG_QUERY_LENGTH = 100_000;

/** One crafted link's query, timed once each way (a single run is what a parent would wait). */
async function measureLongQuery(page, catalogue) {
  return page.evaluate(
    ({ catalogue, length }) => {
      const { createCatalogueSearch, searchServices, findServices, buildGazetteer, cleanQuery } = window.BSFSearch;
      const index = createCatalogueSearch(catalogue);
      // As on the page, the other languages' words were read while the phone was idle.
      void index.foreignWords;
      const gazetteer = buildGazetteer();
      const query = 'a'.repeat(length);
      let start = performance.now();
      findServices(index, gazetteer, cleanQuery(query).text);
      const pageMs = performance.now() - start;
      start = performance.now();
      searchServices(index, query);
      return { pageMs, wholeMs: performance.now() - start };
    },
    { catalogue, length: LONG_QUERY_LENGTH },
  );
}

/** The build's own writer of /data/search-postings.json, run in Node on the generated catalogues. */
async function loadPostingsWriter() {
  const { postingsFile } = await loadTs('src/features/search/prebuilt-search.ts');
  return postingsFile;
}

/** Median and p95 ms per query for the shipped catalogue and the generated 2,000, 3,000 and 20,000. */
export async function benchSearch() {
  const script = await bundleSearch();
  const catalogues = [['shipped', await shippedCatalogue()]];
  for (const count of [2000, 3000, 20000]) {
    const file = join(OUT_DIR, `catalogue-${count}.json`);
    if (!existsSync(file)) writeCatalogue(count);
    catalogues.push([String(count), JSON.parse(readFileSync(file, 'utf8'))]);
  }
  const browser = await chromium.launch({ ...CHROMIUM, headless: true });
  try {
    // Cold pages first, before anything has warmed the JIT.
    const firstSearch = new Map();
    const postingsFile = await loadPostingsWriter();
    for (const [label, catalogue] of catalogues) {
      const postingsText = JSON.stringify(postingsFile(catalogue));
      const cold = await measureFirstSearch(browser, script, catalogue, postingsText);
      firstSearch.set(label, {
        ...cold,
        postingsBytes: Buffer.byteLength(postingsText),
        postingsGzip: gzipSync(postingsText, { level: 9 }).length,
      });
    }
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: script });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const rows = [];
    for (const [label, catalogue] of catalogues) {
      const { buildMs, perQuery } = await measure(page, catalogue);
      const sorted = [...perQuery].sort((a, b) => a - b);
      const longQuery = label === 'shipped' ? await measureLongQuery(page, catalogue) : undefined;
      rows.push({
        label,
        services: catalogue.services.length,
        buildMs,
        median: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        ...firstSearch.get(label),
        longQuery,
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchSearch();
  console.log(`Search latency, Chromium, ${THROTTLE}x CPU throttling, ${QUERIES.length} queries (median of ${RUNS} runs each)`);
  console.log('catalogue   services  built on phone  index file (gzip)  first search (load + query)   median    p95    target');
  for (const { label, services, buildMs, postingsGzip, firstSearchMs, loadedMs, median, p95 } of rows) {
    const target = TARGET[services];
    const verdict = target === undefined ? '' : p95 <= target ? `p95 ≤ ${target} ms ✓` : `p95 > ${target} ms ✗`;
    const first = `${firstSearchMs.toFixed(0)} ms (${loadedMs.toFixed(0)} + ${(firstSearchMs - loadedMs).toFixed(0)}) ${firstSearchMs <= FIRST_SEARCH_TARGET ? '✓' : '✗'}`;
    console.log(
      `${label.padEnd(10)} ${String(services).padStart(9)} ${buildMs.toFixed(0).padStart(11)} ms ${(postingsGzip / 1024).toFixed(0).padStart(13)} KB ${first.padStart(28)} ${median.toFixed(2).padStart(7)} ms ${p95.toFixed(2).padStart(6)} ms  ${verdict}`,
    );
  }
  console.log(
    `"built on phone": reading every service's text, as the app did before the build wrote the index (it still does if the file is missing). ` +
      `"first search": in a fresh page, parse the build's index file and put the index together ("load"; the page does this while its form shows), then run one query (target ≤ ${FIRST_SEARCH_TARGET} ms for both).`,
  );
  const long = rows.find((r) => r.longQuery)?.longQuery;
  if (long) {
    console.log(
      `${LONG_QUERY_LENGTH.toLocaleString('en-GB')}-character query, shipped catalogue: ${long.pageMs.toFixed(2)} ms as the page searches it (cut to 200 characters), ` +
        `${long.wholeMs.toFixed(2)} ms for the whole text (no fuzzy matching of overlong words)`,
    );
  }
}
