/**
 * The app built with a council's 3,000-service feed (issue 15), for the bench only: the test feed
 * from tests/fixtures/oruk/make-big-feed.mjs (made-up services, real towns) is imported into a
 * temp copy of data/ with the real import, then the real Vite build runs on that copy
 * (BSF_DATA_DIR) into /tmp/bsf-bench/dist-<count>. Nothing here is ever shipped.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_DIR } from '../dev/generate-catalogue.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds and returns the folder holding the built app (index.html, data/, assets/). */
export async function buildWithBigFeed(count = 3000) {
  const work = join(OUT_DIR, `feed-${count}`);
  const dataDir = join(work, 'data');
  const outDir = join(OUT_DIR, `dist-${count}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'data'), dataDir, { recursive: true });
  const { makeBigFeed } = await import(join(root, 'tests/fixtures/oruk/make-big-feed.mjs'));
  const { runImport } = await import(join(root, 'scripts/cli/import.mjs'));
  const { outDir: feedDir } = makeBigFeed({ count, duplicates: Math.round(count / 20), outDir: join(work, 'feed') });
  await runImport(feedDir, { data: dataDir, feed: 'testshire', feedName: 'Testshire', today: '2026-11-30' });
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      env: { ...process.env, BSF_DATA_DIR: dataDir },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`bench: the build with a ${count}-service feed failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}
