/**
 * The curated selections are data (data/curation/*.json). The committed catalogue must be exactly
 * what they and the sourced CSVs make: an edit to a selection that was not followed by
 * `npm run catalogue` (or a hand edit to data/catalogue/) would ship facts no one can rebuild.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const committed = path.join(root, 'data/catalogue');
const shared = path.resolve(root, '../shared/data');
const out = mkdtempSync(path.join(tmpdir(), 'bsf-curation-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!existsSync(shared))('data/curation', () => {
  it('rebuilds the committed catalogue byte for byte', () => {
    const { built_on } = JSON.parse(readFileSync(path.join(committed, 'dataset.json'), 'utf8')) as { built_on: string };
    // Pin the build date to the committed one: the only thing a rebuild may change is the day.
    const epoch = String(Date.parse(`${built_on}T12:00:00Z`) / 1000);
    execFileSync(process.execPath, ['scripts/data/build-catalogue.mjs', shared, out], {
      cwd: root,
      env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
      stdio: 'pipe',
    });
    const tables = readdirSync(committed).filter((f) => f.endsWith('.json'));
    expect(readdirSync(out).sort()).toEqual(tables.sort());
    for (const file of tables) {
      expect(readFileSync(path.join(out, file), 'utf8'), file).toBe(readFileSync(path.join(committed, file), 'utf8'));
    }
  }, 60_000);
});
