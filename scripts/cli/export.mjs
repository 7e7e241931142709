#!/usr/bin/env node
// Exports the catalogue as Open Referral UK 3.0 (HSDS 3.0 UK profile) JSON. Usage:
//   node scripts/cli/export.mjs <folder> [--from data/catalogue]
// Writes <folder>/services.json (a 3.0 Page of fully nested services), taxonomies.json,
// taxonomy_terms.json and index.json. `npm run import -- <folder>` reads it back unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTs } from '../lib/load-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function runExport(folder, options = {}, io) {
  const m = io ?? (await loadTs('tools/oruk/index.ts'));
  const from = resolve(options.from ?? resolve(root, 'data/catalogue'));
  const { files, problems } = m.readCatalogueDir(from);
  if (problems.length > 0) throw new Error(problems.map(m.formatProblem).join('\n'));
  const v3 = m.toV3(files);
  const out = resolve(folder);
  mkdirSync(out, { recursive: true });
  const write = (name, value) => writeFileSync(resolve(out, name), `${JSON.stringify(value, null, 2)}\n`);
  write('index.json', v3.meta);
  write('services.json', m.asPage(v3.services));
  write('taxonomies.json', m.asPage(v3.taxonomies));
  write('taxonomy_terms.json', m.asPage(v3.taxonomy_terms));
  return { out, services: v3.services.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('Usage: npm run export -- <folder> [--from data/catalogue]');
    process.exit(2);
  }
  try {
    const { out, services } = await runExport(positionals[0], { from: values.from });
    console.log(`Exported ${services} services as ORUK 3.0 to ${out}`);
  } catch (err) {
    console.error(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
