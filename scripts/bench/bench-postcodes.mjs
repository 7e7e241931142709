#!/usr/bin/env node
// The shipped postcode file's size and how fast a lookup is once it is loaded.
// Usage: node scripts/bench/bench-postcodes.mjs   (run scripts/data/build-geo.mjs first)
// Loads the app's own TypeScript lookup through scripts/lib/load-ts.mjs, so it measures shipped code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadTs } from '../lib/load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Sizes of public/geo/postcodes.json, its parse time, and lookup time percentiles (ms). */
export async function benchPostcodes() {
  const text = readFileSync(join(root, 'public/geo/postcodes.json'));
  const { parsePostcode } = await loadTs('src/lib/postcode.ts');
  const { lookupPostcode } = await loadTs('src/features/postcodes/lookup.ts');

  let started = performance.now();
  const data = JSON.parse(text.toString('utf8'));
  const loadMs = performance.now() - started;

  // Real postcodes from the source file (every 97th), plus outcodes, sectors, outside and missing ones.
  const source = readFileSync(join(root, '../shared/data/postcodes/herts_west_essex_postcodes.csv'), 'utf8');
  const real = source
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .filter((_, i) => i % 97 === 0)
    .map((line) => line.split(',')[0]);
  const queries = [...real.map((p) => p.toLowerCase().replace(' ', '')), 'AL1', 'sg1 1', 'OX1 1AA', 'XX99 9ZZ', 'SG1 1ZZ'];
  const times = [];
  for (let round = 0; round < 20; round++) {
    queries.forEach((query, i) => {
      started = performance.now();
      const result = lookupPostcode(data, parsePostcode(query));
      times.push(performance.now() - started);
      if (i < real.length && !result.ok) throw new Error(`${query} not found`);
    });
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.floor(q * (times.length - 1))];
  return {
    rawBytes: text.length,
    gzipBytes: gzipSync(text, { level: 9 }).length,
    loadMs,
    medianMs: at(0.5),
    p99Ms: at(0.99),
    lookups: times.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchPostcodes();
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`postcodes.json: ${kib(r.rawBytes)} raw, ${kib(r.gzipBytes)} gzip`);
  console.log(`load (JSON.parse): ${r.loadMs.toFixed(1)} ms`);
  console.log(
    `lookup after load: median ${(r.medianMs * 1000).toFixed(1)} µs, p99 ${(r.p99Ms * 1000).toFixed(1)} µs over ${r.lookups} lookups (target ≤ 5 ms)`,
  );
}
