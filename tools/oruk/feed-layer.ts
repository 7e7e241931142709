/**
 * Node-only: writes one imported feed as its own layer, data/feeds/<id>/ (the ORUK tables plus
 * feed.json), never touching the core (data/catalogue/) or another feed. Rows are sorted by id,
 * so the same feed gives the same bytes; a file whose content is unchanged is not rewritten, and
 * feed.json keeps its import date when no table changed. A feed that suddenly lost more than a
 * set share of its services is refused before anything is written: a broken feed must never wipe
 * the directory.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, type CatalogueFiles } from '../../src/features/catalogue/oruk';
import type { FeedInfo } from '../../src/features/catalogue/provenance';

/** Share of its services a feed may lose between two imports before the import is refused. */
export const DEFAULT_MAX_LOSS = 0.2;

export class ShrinkRefused extends Error {}

/** A folder-safe layer id from a feed's address or file: "https://dir.example.org/api/services" → "dir-example-org". */
export function feedIdOf(source: string): string {
  const base = /^https?:\/\//i.test(source)
    ? new URL(source).host
    : (source
        .replace(/[\\/]+$/, '')
        .split(/[\\/]/)
        .pop() ?? 'feed');
  const id = base
    .toLowerCase()
    .replace(/\.json$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'feed';
}

/** The layer's tables as written: every row sorted by id; our own vocabulary (held by the core) left out. */
export function layerTables(files: CatalogueFiles, core: Partial<CatalogueFiles>): Record<string, unknown[]> {
  const coreIds = (rows: { id: string }[] | undefined) => new Set((rows ?? []).map((r) => r.id));
  const coreTaxonomies = coreIds(core.taxonomies);
  const coreTerms = coreIds(core.taxonomy_terms);
  const out: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) {
    let rows = files[table] as { id: string }[];
    if (table === 'taxonomies') rows = rows.filter((r) => !coreTaxonomies.has(r.id));
    if (table === 'taxonomy_terms') rows = rows.filter((r) => !coreTerms.has(r.id));
    out[table] = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function readIfThere(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function previousFeedInfo(dir: string): FeedInfo | undefined {
  const text = readIfThere(join(dir, 'feed.json'));
  return text === undefined ? undefined : (JSON.parse(text) as FeedInfo);
}

/** Plain words when `now` services is more than maxLoss fewer than the layer held before, else undefined. */
export function shrinkProblem(before: number | undefined, now: number, maxLoss = DEFAULT_MAX_LOSS): string | undefined {
  if (before === undefined || before === 0) return undefined;
  const loss = (before - now) / before;
  if (loss <= maxLoss) return undefined;
  return (
    `the feed now gives ${now} services where its layer holds ${before} (${Math.round(loss * 100)}% fewer; at most ${Math.round(maxLoss * 100)}% may go at once). ` +
    'A feed that breaks can look like this. Nothing was written. If the directory really did shrink, import again with --force.'
  );
}

export interface WriteLayerOptions {
  dir: string;
  info: Omit<FeedInfo, 'imported_on' | 'services'>;
  /** The import date, used only when a table changed. */
  today: string;
  force?: boolean;
  maxLoss?: number;
}

/** Writes the layer; returns the feed.json written and which files changed. Throws ShrinkRefused before writing anything. */
export function writeFeedLayer(tables: Record<string, unknown[]>, opts: WriteLayerOptions): { info: FeedInfo; changed: string[] } {
  const before = previousFeedInfo(opts.dir);
  const count = tables.services?.length ?? 0;
  const shrink = opts.force ? undefined : shrinkProblem(before?.services, count, opts.maxLoss);
  if (shrink) throw new ShrinkRefused(`${opts.dir}: ${shrink}`);
  const wanted = new Map(Object.entries(tables).map(([table, rows]) => [`${table}.json`, json(rows)]));
  const tablesChanged = [...wanted].some(([name, text]) => readIfThere(join(opts.dir, name)) !== text);
  const info: FeedInfo = {
    ...opts.info,
    imported_on: tablesChanged || !before ? opts.today : before.imported_on,
    services: count,
  };
  wanted.set('feed.json', json(info));
  mkdirSync(opts.dir, { recursive: true });
  const changed: string[] = [];
  for (const [name, text] of wanted) {
    if (readIfThere(join(opts.dir, name)) === text) continue;
    writeFileSync(join(opts.dir, name), text);
    changed.push(name);
  }
  // A table an earlier import wrote that this one does not (there are none today) would be stale.
  for (const name of readdirSync(opts.dir)) {
    if (name.endsWith('.json') && !wanted.has(name) && name !== 'import-report.json') {
      rmSync(join(opts.dir, name));
      changed.push(name);
    }
  }
  return { info, changed };
}

/**
 * Ids the new layer shares with the core or another feed layer (the build refuses them, since a
 * link or a saved service must name one record): one line each, file, id, field and reason. A
 * feed's ids are namespaced by its feed id (feed-namespace.ts), so in practice this refuses our own
 * export imported beside the core it came from, whose ids are kept as they are.
 * Our own vocabulary (taxonomies, terms) is shared by design and not counted.
 */
export function idClashes(
  tables: Record<string, unknown[]>,
  others: { name: string; files: Record<string, unknown> }[],
  display: string,
): string[] {
  const lines: string[] = [];
  for (const [table, rows] of Object.entries(tables)) {
    if (table === 'taxonomies' || table === 'taxonomy_terms') continue;
    for (const other of others) {
      const theirs = other.files[table];
      if (!Array.isArray(theirs)) continue;
      const ids = new Set(theirs.map((r) => String((r as { id?: unknown }).id)));
      for (const row of rows) {
        const id = String((row as { id?: unknown }).id);
        if (ids.has(id)) lines.push(`${display}/${table}.json ${id} id: also used by ${other.name}: ids must differ between layers`);
      }
    }
  }
  return lines;
}
