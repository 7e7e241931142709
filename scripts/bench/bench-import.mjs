#!/usr/bin/env node
// Benchmark (never a pass/fail test): generates a fictional 2,000-service v1 feed, imports it
// into a temp folder, and prints the time taken and the catalogue's size before and after gzip.
//   node scripts/bench/bench-import.mjs [count=2000]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateFeed } from '../dev/generate-feed.mjs';
import { loadOrukIo, runImport } from '../cli/import.mjs';

const count = Number(process.argv[2] ?? 2000);
const work = mkdtempSync(join(tmpdir(), 'bsf-bench-'));
try {
  const { outDir: feed } = generateFeed(count, join(work, 'feed'));
  const t0 = performance.now();
  const io = await loadOrukIo();
  const t1 = performance.now();
  const out = join(work, 'catalogue');
  const { report } = await runImport(feed, { out, today: '2026-11-30', feedUrl: 'https://feed.example.org/api' }, io);
  const t2 = performance.now();
  const files = readdirSync(out).filter((f) => f.endsWith('.json'));
  const bytes = files.map((f) => readFileSync(join(out, f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gz = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const feedBytes = readdirSync(feed).reduce((n, f) => n + readFileSync(join(feed, f)).length, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`Feed: ${count} services, ${kb(feedBytes)} of v1 JSON`);
  console.log(`Read ${report.read}, imported ${report.imported}, rejected ${report.rejected.length}, warnings ${report.warnings.length}`);
  console.log(`Loading the TS modules (scripts/lib/load-ts.mjs): ${(t1 - t0).toFixed(0)} ms`);
  console.log(`Import (read, map, validate, write): ${(t2 - t1).toFixed(0)} ms`);
  console.log(`Catalogue: ${files.length} files, ${kb(raw)} raw, ${kb(gz)} gzipped (each file gzip -9)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
