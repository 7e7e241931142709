/**
 * `npm run build` must refuse bad data and name the record: each case copies data/ to a temp
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
  it('a service pointing at a missing organization', { timeout: 60_000 }, () => {
    const { status, output } = buildWith('missing-org', (dir) =>
      editTable(dir, 'services', (rows) => (byId(rows, 'svc-nhs-111').organization_id = 'org-gone')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/catalogue\/services\.json svc-nhs-111 organization_id: .*org-gone/);
  });

  it('a malformed phone number', { timeout: 60_000 }, () => {
    let phoneId = '';
    const { status, output } = buildWith('bad-phone', (dir) =>
      editTable(dir, 'phones', (rows) => {
        const phone = rows[0]!;
        phoneId = String(phone.id);
        phone.number = '0300 123 45';
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`data/catalogue/phones.json ${phoneId} number:`);
  });

  it('a service with no source_url', { timeout: 60_000 }, () => {
    const { status, output } = buildWith('no-source', (dir) =>
      editTable(dir, 'services', (rows) => delete byId(rows, 'svc-healthy-start').source_url),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('data/catalogue/services.json svc-healthy-start source_url:');
  });

  it('builds the real data cleanly (so the failures above are caused by the breakage)', { timeout: 60_000 }, () => {
    const { status, output } = buildWith('untouched', () => {});
    expect(output).not.toContain('problem(s)');
    expect(status).toBe(0);
  });
});
