#!/usr/bin/env node
// Re-imports every feed listed in data/area.json (`feeds`), then builds. Usage:
//   npm run refresh [-- --max-loss 0.3] [--data DIR] [--today YYYY-MM-DD]
// Each feed is imported as `npm run import` would, into its own layer data/feeds/<id>/. A feed
// that lost more than --max-loss of its services (default 0.2, i.e. 20%) is refused and its
// layer left as it was; the refresh stops there, does not build, and exits 1. The logic is in
// tools/oruk/refresh.ts; this file only reads the options and runs the build.
import { spawnSync } from 'node:child_process';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadOrukIo, runImport } from './import.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Refreshes the configured feeds; returns { feeds, outcomes, ok } without building. Throws on a bad area file or option. */
export async function runRefresh(options = {}, io) {
  const m = io ?? (await loadOrukIo());
  const dataDir = resolve(options.data ?? resolve(root, 'data'));
  const maxLoss = options.maxLoss ?? 0.2;
  if (!(typeof maxLoss === 'number' && maxLoss >= 0 && maxLoss < 1)) {
    throw new Error(`--max-loss "${options.maxLoss}" must be a share between 0 and 1, such as 0.3 for 30%`);
  }
  const feeds = m.readArea(resolve(dataDir, 'area.json')).feeds ?? [];
  const importInto = (feed, out) =>
    runImport(
      // A saved file or folder in area.json is relative to the project folder, wherever the refresh runs from.
      /^https:\/\//i.test(feed.source) || isAbsolute(feed.source) ? feed.source : resolve(root, feed.source),
      // The refresh applies its own shrink guard (with --max-loss) before anything reaches the layer.
      { ...options.importOptions, data: dataDir, out, feed: feed.id, feedName: feed.name, today: options.today, force: true },
      m,
    );
  const outcomes = await m.refreshFeeds(feeds, { dataDir, maxLoss, importInto });
  return { feeds, outcomes, ok: outcomes.every((o) => !o.failed) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { 'max-loss': { type: 'string' }, data: { type: 'string' }, today: { type: 'string' } },
  });
  let result;
  try {
    result = await runRefresh({
      maxLoss: values['max-loss'] === undefined ? undefined : Number(values['max-loss']),
      data: values.data,
      today: values.today,
    });
  } catch (err) {
    console.error(`Refresh failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  const { feeds, outcomes, ok } = result;
  if (feeds.length === 0) {
    console.log('No feeds to refresh: data/area.json lists none (add "feeds": [{ "id", "name", "source" }]). Nothing imported or built.');
    process.exit(0);
  }
  for (const o of outcomes) {
    if (o.text) console.log(`\n== ${o.id} ==\n${o.text}`);
    if (o.failed) console.error(`\nRefused ${o.id}: ${o.failed}`);
    else console.log(o.changed.length === 0 ? `${o.id}: unchanged, no file written.` : `${o.id}: wrote ${o.changed.join(', ')}`);
  }
  const skipped = feeds.slice(outcomes.length).map((f) => f.id);
  if (!ok) {
    if (skipped.length > 0) console.error(`Not attempted after that: ${skipped.join(', ')}.`);
    console.error('Refresh stopped: not built. Fix the feed (or see the message) and run it again.');
    process.exit(1);
  }
  // The build validates the joined layers too; BSF_DATA_DIR points it at --data when given.
  const env = values.data ? { ...process.env, BSF_DATA_DIR: resolve(values.data) } : process.env;
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) {
    console.error('Refresh imported every feed, but the build failed (see above).');
    process.exit(1);
  }
  console.log(`Refreshed ${feeds.length} feed(s) and built dist/.`);
}
