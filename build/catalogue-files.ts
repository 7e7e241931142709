/**
 * Node-only: read the catalogue's JSON files from disk for validateCatalogue (validate.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAreaConfig, type AreaConfig, type Problem } from '../src/features/catalogue/validate';
import { parseAreaFeeds } from './area-feeds';

function parseJson(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Parses every `<table>.json` in dir, keyed by table name (file name without .json).
 * A file that cannot be read or is not valid JSON is left out of `files` and reported
 * in `problems` (id "-", field "-", the parse error as reason). Problems name files
 * as `${displayDir}/<table>.json` (default "data/catalogue", as validateCatalogue does).
 */
export function readCatalogueDir(dir: string, opts: { displayDir?: string } = {}): { files: Record<string, unknown>; problems: Problem[] } {
  const displayDir = opts.displayDir ?? 'data/catalogue';
  const files: Record<string, unknown> = {};
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (err) {
    return { files, problems: [{ file: displayDir, id: '-', field: '-', reason: `cannot read the folder: ${message(err)}` }] };
  }
  for (const name of names) {
    try {
      files[name.slice(0, -'.json'.length)] = parseJson(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      problems.push({ file: `${displayDir}/${name}`, id: '-', field: '-', reason: `not valid JSON: ${message(err)}` });
    }
  }
  return { files, problems };
}

/** Reads and shape-checks data/area.json; throws with plain words if it is unreadable or malformed. */
export function readArea(path: string): AreaConfig {
  const area = parseAreaConfig(parseJson(readFileSync(path, 'utf8')));
  // The feeds are only refresh's business, but a broken list should stop the build too, not wait for the night's refresh.
  const feeds = parseAreaFeeds(area.feeds);
  return feeds.length > 0 ? { ...area, feeds } : area;
}
