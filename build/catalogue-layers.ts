/**
 * Node-only: the catalogue as the build sees it, made of layers. data/catalogue/ is the core (the
 * curated, sourced services the pathways rely on); each data/feeds/<id>/ is one imported Open
 * Referral UK feed (the same tables plus feed.json; its ids already in the feed's namespace,
 * "<feed>:<id>", written so by the import: tools/oruk/feed-namespace.ts). The layers are joined in
 * that order, each feed service is stamped with where it came from (from_feeds), and the same
 * service given twice is merged (build/duplicate-services.ts), the core's record kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, type CatalogueFiles, type Service } from '../src/features/catalogue/oruk';
import type { FeedInfo, FeedProvenance } from '../src/features/catalogue/provenance';
import type { Problem } from '../src/features/catalogue/validate-problem';
import { readCatalogueDir } from './catalogue-files';
import { applyMerges, findDuplicates, type Merge } from './duplicate-services';
import { citeFeedRecords } from './feed-fact-sources';

export interface LayeredCatalogue {
  files: Record<string, unknown>;
  problems: Problem[];
  /** The feed layers read, in order. */
  feeds: FeedInfo[];
  /** Services merged across layers (and any left within a layer). */
  merges: Merge[];
}

/** The feed layers' folder names, sorted, so every build joins them in the same order. */
export function feedLayerIds(dataDir: string): string[] {
  const dir = join(dataDir, 'feeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function readFeedInfo(dir: string, display: string, problems: Problem[]): FeedInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) as Partial<FeedInfo>;
    for (const field of ['id', 'name', 'source', 'imported_on'] as const) {
      if (typeof info[field] !== 'string' || info[field] === '') {
        problems.push({ file: `${display}/feed.json`, id: '-', field, reason: 'required field is missing' });
        return undefined;
      }
    }
    return info as FeedInfo;
  } catch (err) {
    problems.push({
      file: `${display}/feed.json`,
      id: '-',
      field: '-',
      reason: `cannot be read: ${err instanceof Error ? err.message : String(err)}`,
    });
    return undefined;
  }
}

/** The date the directory gave a record itself: its assured date, else its modified date; never the import date. */
function ownDate(s: Service): string | undefined {
  return s.assured_date ?? (s.last_modified && /^\d{4}-\d{2}-\d{2}/.test(s.last_modified) ? s.last_modified.slice(0, 10) : undefined);
}

/** The date a record's facts are as of: its own, else the date the directory gave the whole feed. */
const recordDate = (s: Service, feed: FeedInfo): string | undefined => ownDate(s) ?? feed.feed_date;

/** The feed's address: a file imported from someone's disk is not an address a family can open. */
const feedAddress = (feed: FeedInfo): string | undefined => feed.feed_url ?? (/^https?:\/\//i.test(feed.source) ? feed.source : undefined);

/** A service's provenance in one feed. */
function provenanceOf(s: Service, feed: FeedInfo): FeedProvenance {
  const updated = ownDate(s);
  const url = feedAddress(feed);
  return {
    feed_id: feed.id,
    feed_name: feed.name,
    ...(url ? { feed_url: url } : {}),
    ...(updated ? { updated } : {}),
    // The feed's own date stands in only for a record without one, and is labelled as the directory's.
    ...(!updated && feed.feed_date ? { directory_date: feed.feed_date } : {}),
    imported_on: feed.imported_on,
  };
}

/** Reads the core and every feed layer and joins them; problems name the layer's own file. */
export function readLayeredCatalogue(dataDir: string): LayeredCatalogue {
  const core = readCatalogueDir(join(dataDir, 'catalogue'));
  const problems = [...core.problems];
  const files: Record<string, unknown> = { ...core.files };
  const feeds: FeedInfo[] = [];
  const layerOf = new Map<string, string>();
  for (const s of (files.services as Service[] | undefined) ?? []) layerOf.set(`services ${s.id}`, 'data/catalogue');
  for (const id of feedLayerIds(dataDir)) {
    const dir = join(dataDir, 'feeds', id);
    const display = `data/feeds/${id}`;
    const info = readFeedInfo(dir, display, problems);
    const layer = readCatalogueDir(dir, { displayDir: display });
    problems.push(...layer.problems);
    if (!info) continue;
    feeds.push(info);
    const valid = TABLE_NAMES.every((t) => layer.files[t] === undefined || Array.isArray(layer.files[t]));
    const cited = valid
      ? citeFeedRecords(layer.files as Parameters<typeof citeFeedRecords>[0], feedAddress(info), (s) => recordDate(s, info))
      : layer.files;
    for (const table of TABLE_NAMES) {
      const rows = (cited as Record<string, unknown>)[table];
      if (rows === undefined) continue;
      if (!Array.isArray(rows)) {
        problems.push({ file: `${display}/${table}.json`, id: '-', field: '-', reason: 'is not a list of records' });
        continue;
      }
      const existing = (files[table] as { id?: unknown }[] | undefined) ?? [];
      const seen = new Map(existing.map((r) => [String(r.id), r]));
      const added: unknown[] = [];
      for (const row of rows as { id?: unknown }[]) {
        const other = seen.get(String(row.id));
        if (other !== undefined) {
          // Taxonomies and terms are shared vocabulary: the same one in two layers is expected.
          if (table === 'taxonomies' || table === 'taxonomy_terms' || JSON.stringify(other) === JSON.stringify(row)) continue;
          problems.push({
            file: `${display}/${table}.json`,
            id: String(row.id),
            field: 'id',
            reason: `also used by ${layerOf.get(`${table} ${String(row.id)}`) ?? 'another layer'}: ids must differ between layers`,
          });
          continue;
        }
        const stamped = table === 'services' ? { ...row, from_feeds: [provenanceOf(row as Service, info)] } : row;
        seen.set(String(row.id), stamped);
        layerOf.set(`${table} ${String(row.id)}`, display);
        added.push(stamped);
      }
      files[table] = [...existing, ...added];
    }
  }
  if (feeds.length === 0) return { files, problems, feeds, merges: [] };
  const merges = findDuplicates(files as unknown as CatalogueFiles);
  const merged = applyMerges(files as unknown as CatalogueFiles, merges, (kept, other) => {
    kept.from_feeds = [...(kept.from_feeds ?? []), ...(other.from_feeds ?? [])];
  });
  return { files: merged as unknown as Record<string, unknown>, problems, feeds, merges };
}
