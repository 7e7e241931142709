/**
 * Node-only: `npm run refresh` re-imports every feed data/area.json lists, one layer each.
 * Each feed is imported into a staging copy of its layer first; only when the shrink guard
 * passes is the staging copy synced into data/feeds/<id>/, file by file, so a refused or broken
 * feed leaves its layer exactly as it was, and an unchanged feed rewrites nothing.
 *
 * At the first failure the refresh stops: feeds already refreshed keep their new layer (each
 * layer stands alone and was checked on its own), and the feeds after it are not attempted, so
 * the report names one problem to fix, not a cascade. The caller then does not build.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AreaFeed } from '../../src/features/catalogue/validate';
import { DEFAULT_MAX_LOSS, previousFeedInfo, shrinkProblem } from './feed-layer';

/** Imports one feed into `out` with the shrink guard off (refresh applies its own), as scripts/cli/import.mjs's runImport does. */
export type ImportInto = (feed: AreaFeed, out: string) => Promise<{ text: string; reportPath: string }>;

export interface FeedOutcome {
  id: string;
  /** Files of data/feeds/<id>/ (and its report) that changed; empty when the feed had not changed. */
  changed: string[];
  /** Why the feed was not written, in plain words; absent when it was refreshed. */
  failed?: string;
  text?: string;
}

export interface RefreshOptions {
  dataDir: string;
  maxLoss?: number;
  importInto: ImportInto;
}

/** Refreshes each feed in order and stops at the first that fails; returns one outcome per feed attempted. */
export async function refreshFeeds(feeds: AreaFeed[], opts: RefreshOptions): Promise<FeedOutcome[]> {
  const outcomes: FeedOutcome[] = [];
  for (const feed of feeds) {
    const outcome = await refreshOne(feed, opts);
    outcomes.push(outcome);
    if (outcome.failed) break;
  }
  return outcomes;
}

async function refreshOne(feed: AreaFeed, opts: RefreshOptions): Promise<FeedOutcome> {
  const layer = join(opts.dataDir, 'feeds', feed.id);
  const stage = mkdtempSync(join(tmpdir(), `bsf-refresh-${feed.id}-`));
  const stagedLayer = join(stage, feed.id);
  try {
    // Start from the layer as it is, so an unchanged feed keeps its import date in feed.json.
    if (existsSync(layer)) cpSync(layer, stagedLayer, { recursive: true });
    let imported: { text: string; reportPath: string };
    try {
      imported = await opts.importInto(feed, stagedLayer);
    } catch (err) {
      return { id: feed.id, changed: [], failed: `${layer}: ${err instanceof Error ? err.message : String(err)}` };
    }
    const before = previousFeedInfo(layer)?.services;
    const now = previousFeedInfo(stagedLayer)?.services ?? 0;
    const shrink = shrinkProblem(before, now, opts.maxLoss ?? DEFAULT_MAX_LOSS);
    if (shrink) {
      return {
        id: feed.id,
        changed: [],
        text: imported.text,
        failed: `${layer}: ${shrink} (Or run the refresh with --max-loss set higher.)`,
      };
    }
    const changed = syncJsonFiles(stagedLayer, layer);
    if (syncFile(imported.reportPath, `${layer}.import-report.json`)) changed.push(`the report ${feed.id}.import-report.json`);
    return { id: feed.id, changed, text: imported.text };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Makes `to` hold exactly the .json files of `from`, writing only those whose bytes differ; returns the names touched. */
function syncJsonFiles(from: string, to: string): string[] {
  const wanted = readdirSync(from).filter((n) => n.endsWith('.json'));
  const changed = wanted.filter((name) => syncFile(join(from, name), join(to, name)));
  if (existsSync(to)) {
    for (const name of readdirSync(to).filter((n) => n.endsWith('.json') && !wanted.includes(n))) {
      rmSync(join(to, name));
      changed.push(name);
    }
  }
  return changed;
}

/** Copies one file when its bytes differ (or it is missing); true when it wrote. */
function syncFile(from: string, to: string): boolean {
  if (!existsSync(from)) return false;
  const text = readFileSync(from);
  if (existsSync(to) && readFileSync(to).equals(text)) return false;
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, text);
  return true;
}
