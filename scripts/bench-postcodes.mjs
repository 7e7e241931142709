#!/usr/bin/env node
// The shipped postcode file's size and how fast a lookup is once it is loaded.
// Usage: node scripts/bench-postcodes.mjs   (run scripts/build-geo.mjs first)
// Loads the app's own TypeScript lookup through Vite's ssrLoadModule, so it measures shipped code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(join(root, 'public/geo/postcodes.json'));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`postcodes.json: ${kib(text.length)} raw, ${kib(gzipSync(text, { level: 9 }).length)} gzip`);

const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false } });
try {
  const { parsePostcode } = await server.ssrLoadModule('/src/features/postcodes/normalise.ts');
  const { lookupPostcode } = await server.ssrLoadModule('/src/features/postcodes/lookup.ts');

  let started = performance.now();
  const data = JSON.parse(text.toString('utf8'));
  console.log(`load (JSON.parse): ${(performance.now() - started).toFixed(1)} ms`);

  // Real postcodes from the source file (every 97th), plus outcodes, sectors, outside and missing ones.
  const source = readFileSync(join(root, '../shared/data/postcodes/herts_west_essex_postcodes.csv'), 'utf8');
  const real = source.split('\n').slice(1).filter(Boolean).filter((_, i) => i % 97 === 0).map((line) => line.split(',')[0]);
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
  console.log(`lookup after load: median ${(at(0.5) * 1000).toFixed(1)} µs, p99 ${(at(0.99) * 1000).toFixed(1)} µs over ${times.length} lookups (target ≤ 5 ms)`);
} finally {
  await server.close();
}
