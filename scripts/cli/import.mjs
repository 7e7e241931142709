#!/usr/bin/env node
// Imports an Open Referral UK feed (v1 or 3.0) as its own layer of the catalogue. Usage:
//   node scripts/cli/import.mjs <file | folder of saved pages | https://…/services>
//        [--feed ID] [--feed-name NAME] [--force] [--data data] [--out data/feeds/ID]
//        [--today YYYY-MM-DD] [--feed-url https://…] [--publisher NAME]
// Writes data/feeds/<ID>/ (the ORUK tables and feed.json) and nothing else: the core catalogue
// (data/catalogue/) and other feeds are untouched; the build joins the layers. Runs the build's
// validator before writing: rejected records never reach the layer. A feed that lost more than
// 20% of its services since its last import is refused (nothing written) unless --force.
// The report is printed and written beside the layer (data/feeds/<ID>.import-report.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTs } from '../lib/load-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The ORUK tool's TypeScript modules (tools/oruk/index.ts). */
export const loadOrukIo = () => loadTs('tools/oruk/index.ts');

const localToday = () => new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD, local time

/** Reads, maps, validates and writes the feed's layer; returns the report (or throws with plain words). */
export async function runImport(source, options = {}, io) {
  const m = io ?? (await loadOrukIo());
  const dataDir = resolve(options.data ?? resolve(root, 'data'));
  const today = options.today ?? localToday();
  const area = m.readArea(resolve(options.area ?? resolve(dataDir, 'area.json')));
  const mappings = m.parseMappings(
    JSON.parse(readFileSync(resolve(options.mappings ?? resolve(dataDir, 'taxonomy-mappings.json')), 'utf8')),
  );
  // Our own life stages and categories come from the core catalogue, read before anything is written.
  const { files: core } = m.readCatalogueDir(resolve(options.taxonomyFrom ?? resolve(dataDir, 'catalogue')));
  const isUrl = /^https?:\/\//i.test(source);
  const feedId = options.feed ?? m.feedIdOf(source);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(feedId)) throw new Error(`--feed "${feedId}" must be lower-case letters, digits and hyphens`);
  const out = resolve(options.out ?? resolve(dataDir, 'feeds', feedId));
  const read = await m.readSource(isUrl ? source : resolve(source), options.fetch ?? {});
  const feedUrl = read.feedUrl ?? options.feedUrl;
  // Counties of postcodes (exact, from the area's postcode file) and districts of towns.
  const places = m.placeLookup(
    area,
    m.readPostcodeDistricts(
      resolve(options.area ?? resolve(dataDir, 'area.json')),
      resolve(options.shared ?? resolve(root, '../shared/data')),
    ),
  );
  const { files, report } = m.importFeed(read.docs, {
    area,
    today,
    source,
    feedUrl,
    mappings,
    places,
    feedId,
    publisher: options.publisher ?? (feedUrl ? new URL(feedUrl).host : undefined),
    base: { taxonomies: core.taxonomies ?? [], taxonomy_terms: core.taxonomy_terms ?? [] },
  });
  report.notes = [
    ...read.notes,
    ...(feedUrl ? [] : ["No --feed-url given: a feed record's source_url is its own website (records from our own export keep theirs)."]),
  ];
  const problems = m.validateCatalogue(files, area, { today });
  if (problems.length > 0) throw new Error(`not written: the imported feed fails validation:\n${problems.map(m.formatProblem).join('\n')}`);
  const tables = m.layerTables(files, core);
  const feedDate = m.feedDateOf(read.docs, read.lastModified ?? [], today);
  // The build joins the layers, so an id another layer already uses is refused here, before writing.
  const others = [
    { name: 'data/catalogue', files: core },
    ...m
      .feedLayerIds(dataDir)
      .filter((id) => id !== feedId)
      .map((id) => ({ name: `data/feeds/${id}`, files: m.readCatalogueDir(resolve(dataDir, 'feeds', id)).files })),
  ];
  const clashes = m.idClashes(tables, others, `data/feeds/${feedId}`);
  if (clashes.length > 0)
    throw new Error(
      `not written: ${clashes.length} id(s) of this feed are already used by another layer:\n${clashes.slice(0, 50).join('\n')}`,
    );
  const { info, changed } = m.writeFeedLayer(tables, {
    dir: out,
    today,
    force: options.force === true,
    info: {
      id: feedId,
      name: options.feedName ?? (feedUrl ? new URL(feedUrl).host : feedId),
      source,
      ...(feedUrl ? { feed_url: feedUrl } : {}),
      // The directory's own date for the whole feed, when it gives one; never the import date.
      ...(feedDate ? { feed_date: feedDate } : {}),
    },
  });
  // The report carries the layer's import date, so a re-import that changed nothing rewrites nothing.
  report.today = info.imported_on;
  report.changed = changed;
  const reportPath = `${out.replace(/[\\/]$/, '')}.import-report.json`;
  const reportText = `${JSON.stringify({ ...report, changed: undefined }, null, 2)}\n`;
  let previous;
  try {
    previous = readFileSync(reportPath, 'utf8');
  } catch {
    previous = undefined;
  }
  if (previous !== reportText) writeFileSync(reportPath, reportText);
  return { report, reportPath, layer: out, info, changed, text: m.formatReport(report) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      today: { type: 'string' },
      'feed-url': { type: 'string' },
      publisher: { type: 'string' },
      area: { type: 'string' },
      mappings: { type: 'string' },
      feed: { type: 'string' },
      'feed-name': { type: 'string' },
      force: { type: 'boolean' },
      data: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    console.error(
      'Usage: npm run import -- <file | folder | https://…/services> [--feed ID] [--feed-name NAME] [--force] [--today YYYY-MM-DD] [--feed-url URL]',
    );
    process.exit(2);
  }
  try {
    const { text, reportPath, report, layer, changed } = await runImport(positionals[0], {
      out: values.out,
      today: values.today,
      feedUrl: values['feed-url'],
      publisher: values.publisher,
      area: values.area,
      mappings: values.mappings,
      feed: values.feed,
      feedName: values['feed-name'],
      force: values.force,
      data: values.data,
    });
    console.log(text);
    for (const note of report.notes) console.log(`Note: ${note}`);
    console.log(
      changed.length === 0 ? `\nNothing changed: the layer ${layer} already holds this feed.` : `\nWrote ${changed.join(', ')} in ${layer}`,
    );
    console.log(`Report written to ${reportPath}`);
  } catch (err) {
    console.error(`Import failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
