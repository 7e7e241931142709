/**
 * `npm run build` must refuse bad data and name the record: the case copies data/ to a temp
 * folder, breaks one record, runs the real Vite build on it and reads what it printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'bsf-bad-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Table = Record<string, unknown>[];

function buildWith(caseName: string, breakIt: (dir: string) => void) {
  const dataDir = path.join(work, caseName, 'data');
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  breakIt(path.join(dataDir, 'catalogue'));
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', path.join(work, caseName, 'dist'), '--emptyOutDir'],
    { cwd: root, env: { ...process.env, BSF_DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function editTable(dir: string, table: string, edit: (rows: Table) => void) {
  const file = path.join(dir, `${table}.json`);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Table;
  edit(rows);
  writeFileSync(file, JSON.stringify(rows));
}

const byId = (rows: Table, id: string) => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`fixture record ${id} is missing from data/`);
  return row;
};

describe('the build refuses bad data and names the record', () => {
  // One real build is enough to prove the wiring (the Vite plugin runs the validator and fails
  // the build with its lines); every other kind of bad data is a unit test of the same loader
  // (tests/unit/validate.unit.test.ts, "the build's loader on a copy of data/").
  it(
    'a service pointing at a missing organization: the build fails with one line naming file, record, field and reason',
    { timeout: 120_000 },
    () => {
      const { status, output } = buildWith('missing-org', (dir) =>
        editTable(dir, 'services', (rows) => (byId(rows, 'svc-nhs-111').organization_id = 'org-gone')),
      );
      expect(status).not.toBe(0);
      expect(output).toContain('data/catalogue/services.json svc-nhs-111 organization_id: "org-gone" does not match any organization');
      // Only the broken record is reported, so the failure is the breakage and not the rest of data/
      // (npm test's own build of the untouched data/ passing is the other half of that proof).
      expect(output).toContain('The catalogue in data/ has 1 problem(s):');
    },
  );
});
