#!/usr/bin/env node
// Imports an Open Referral UK feed (v1 or 3.0) into the catalogue. Usage:
//   node scripts/import.mjs <file | folder of saved pages | https://…/services>
//        [--out data/catalogue] [--today YYYY-MM-DD] [--feed-url https://…] [--publisher NAME]
//        [--area data/area.json] [--mappings data/taxonomy-mappings.json]
// Runs the build's validator before writing: rejected records never reach the output folder.
// The report is printed and written as JSON beside the folder (<out>.import-report.json).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Loads the TypeScript modules through Vite, so no separate TS runner is needed. */
export async function loadOrukIo() {
  const { module } = await runnerImport(resolve(root, 'tools/oruk/index.ts'), { configFile: false, logLevel: 'error' });
  return module;
}

const localToday = () => new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD, local time

/** Reads, maps, validates and writes; returns the report (or throws with plain words). */
export async function runImport(source, options = {}, io) {
  const m = io ?? (await loadOrukIo());
  const out = resolve(options.out ?? resolve(root, 'data/catalogue'));
  const today = options.today ?? localToday();
  const area = m.readArea(resolve(options.area ?? resolve(root, 'data/area.json')));
  const mappings = m.parseMappings(JSON.parse(readFileSync(resolve(options.mappings ?? resolve(root, 'data/taxonomy-mappings.json')), 'utf8')));
  // Our own life stages and categories come from the shipped catalogue, read before anything is written.
  const { files: base } = m.readCatalogueDir(resolve(options.taxonomyFrom ?? resolve(root, 'data/catalogue')));
  const isUrl = /^https?:\/\//i.test(source);
  const read = await m.readSource(isUrl ? source : resolve(source), options.fetch ?? {});
  const feedUrl = read.feedUrl ?? options.feedUrl;
  const { files, report } = m.importFeed(read.docs, {
    area, today, source, feedUrl, mappings, publisher: options.publisher ?? (feedUrl ? new URL(feedUrl).host : undefined),
    base: { taxonomies: base.taxonomies ?? [], taxonomy_terms: base.taxonomy_terms ?? [] },
  });
  report.notes = [...read.notes, ...(feedUrl ? [] : ['No --feed-url given: a feed record\'s source_url is its own website (records from our own export keep theirs).'])];
  const problems = m.validateCatalogue(files, area, { today });
  if (problems.length > 0) throw new Error(`not written: the imported catalogue fails validation:\n${problems.map(m.formatProblem).join('\n')}`);
  mkdirSync(out, { recursive: true });
  for (const name of ['dataset', ...m.TABLE_NAMES]) writeFileSync(resolve(out, `${name}.json`), `${JSON.stringify(files[name], null, 2)}\n`);
  const reportPath = `${out.replace(/[\\/]$/, '')}.import-report.json`;
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return { report, reportPath, text: m.formatReport(report) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' }, today: { type: 'string' }, 'feed-url': { type: 'string' }, publisher: { type: 'string' },
      area: { type: 'string' }, mappings: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    console.error('Usage: npm run import -- <file | folder | https://…/services> [--out data/catalogue] [--today YYYY-MM-DD] [--feed-url URL]');
    process.exit(2);
  }
  try {
    const { text, reportPath, report } = await runImport(positionals[0], {
      out: values.out, today: values.today, feedUrl: values['feed-url'], publisher: values.publisher, area: values.area, mappings: values.mappings,
    });
    console.log(text);
    for (const note of report.notes) console.log(`Note: ${note}`);
    console.log(`\nReport written to ${reportPath}`);
  } catch (err) {
    console.error(`Import failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
