#!/usr/bin/env node
// Lighthouse 12 mobile scores (performance, accessibility, best practices, SEO) for the
// pages a parent meets first, against the built app, with Debian's Chromium.
// Scores vary run to run on a 2-core machine, so each page's figure is the median of RUNS runs,
// with the range of performance scores beside it.
//   node scripts/bench/lighthouse.mjs [--runs 5] [--json] [--big-feed]   (--big-feed: built with 3,000 imported services)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, median, serveDist } from './serve-dist.mjs';

export const PAGES = [
  ['home', '/'],
  ['search results', '/search?q=vitamins'],
  ['service page', '/services/svc-healthy-start'],
  ['pathway step', '/contact/concern'],
  ['map', '/map'],
  ['visit pack', '/visit-pack'],
  ['family plan', '/plan'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** With a council's 3,000-service feed imported (big-feed-build.mjs): issue 15 asks for ≥ 95 on search. */
export const BIG_FEED_PAGES = [
  ['home, 3,000 services', '/'],
  ['search results, 3,000 services', '/search?q=stay+and+play'],
  ['map, 3,000 services', '/map'],
];

export async function lighthouseScores({ root, runs = 5, pages = PAGES, outDir }) {
  const server = await serveDist(root, outDir);
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const rows = [];
    let benchmarkIndex;
    for (const [name, path] of pages) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const tbt = [];
      const lcp = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        for (const c of CATEGORIES) scores[c].push(Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
        tbt.push(result.lhr.audits['total-blocking-time'].numericValue);
        lcp.push(result.lhr.audits['largest-contentful-paint'].numericValue);
        benchmarkIndex = result.lhr.environment.benchmarkIndex;
      }
      rows.push({
        page: name,
        path,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
        performanceRange: [Math.min(...scores.performance), Math.max(...scores.performance)],
        tbtMs: median(tbt),
        lcpMs: median(lcp),
        benchmarkIndex,
      });
    }
    return rows;
  } finally {
    await chrome.kill();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const big = process.argv.includes('--big-feed');
  const outDir = big ? await (await import('./big-feed-build.mjs')).buildWithBigFeed(3000) : undefined;
  const rows = await lighthouseScores({ root, runs, ...(big ? { pages: BIG_FEED_PAGES, outDir } : {}) });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else console.table(rows);
}
