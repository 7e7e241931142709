/**
 * Two councils' feeds that use the same ids (issue 15) both import and build: each feed's ids are
 * put in its own namespace ("north:v1-1", "south:v1-1"), with every reference rewritten to match,
 * so neither overwrites the other; and the same feed imported again gives the same ids, so a
 * saved service or a shared link still opens it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArea } from '../../build/catalogue-files';
import { readLayeredCatalogue } from '../../build/catalogue-layers';
import type { CatalogueFiles, Service } from '../../src/features/catalogue/oruk';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { validateCatalogue } from '../../src/features/catalogue/validate';

type Rec = Record<string, unknown>;
interface Imported {
  changed: string[];
  report: { imported: number };
}
type RunImport = (source: string, options: Rec, io: unknown) => Promise<Imported>;

const TODAY = '2026-06-01';
const work = mkdtempSync(join(tmpdir(), 'bsf-two-feeds-'));
const data = join(work, 'data');
let runImport: RunImport;
let io: unknown;
let north: Imported;
let south: Imported;

/** The v1 fixture pages as a second council would give them: the same ids, its own names and numbers. */
function southFeed(): string {
  const dir = join(work, 'south-feed');
  mkdirSync(dir);
  for (const name of ['page-1.json', 'page-2.json']) {
    const text = readFileSync(`tests/fixtures/oruk/v1/${name}`, 'utf8')
      .replaceAll('Fictional ', 'Fictional southern ')
      .replaceAll('01632 960', '01632 961');
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const options = (feed: string) => ({ data, feed, feedName: feed, today: TODAY, feedUrl: `https://${feed}.example.org/api` });

beforeAll(async () => {
  mkdirSync(data);
  symlinkSync(resolve('data/catalogue'), join(data, 'catalogue'));
  copyFileSync('data/area.json', join(data, 'area.json'));
  copyFileSync('data/taxonomy-mappings.json', join(data, 'taxonomy-mappings.json'));
  const cliPath = '../../scripts/cli/import.mjs';
  ({ runImport } = (await import(/* @vite-ignore */ cliPath)) as { runImport: RunImport });
  io = await import('../../tools/oruk/index');
  north = await runImport(resolve('tests/fixtures/oruk/v1'), options('north'), io);
  south = await runImport(southFeed(), options('south'), io);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const joined = () => readLayeredCatalogue(data);
const services = () => joined().files.services as Service[];

describe('two feeds with the same ids', () => {
  it('both import, and the joined catalogue builds with no clash', () => {
    expect(north.report.imported).toBeGreaterThan(0);
    expect(south.report.imported).toBe(north.report.imported);
    const { files, problems } = joined();
    expect(problems).toEqual([]);
    expect(validateCatalogue(files, readArea('data/area.json'))).toEqual([]);
  });

  it('keeps each service under its own feed, neither overwritten', () => {
    const n = services().find((s) => s.id === 'north:v1-1');
    const s = services().find((x) => x.id === 'south:v1-1');
    expect(n?.name).toBe('Fictional Health Visiting Clinic');
    expect(s?.name).toBe('Fictional southern Health Visiting Clinic');
    expect(n?.from_feeds?.map((f) => f.feed_id)).toEqual(['north']);
    expect(s?.from_feeds?.map((f) => f.feed_id)).toEqual(['south']);
  });

  it('rewrites every reference with the ids, so each service keeps its own phone, place and organisation', () => {
    const catalogue = normaliseCatalogue(joined().files as unknown as CatalogueFiles);
    const n = catalogue.services.find((s) => s.id === 'north:v1-1')!;
    const s = catalogue.services.find((x) => x.id === 'south:v1-1')!;
    expect(n.phones.map((p) => p.number)).toEqual(['01632 960001']);
    expect(s.phones.map((p) => p.number)).toEqual(['01632 961001']);
    expect(n.locations.map((l) => l.name)).toEqual(['Fictional Family Hub']);
    expect(s.locations.map((l) => l.name)).toEqual(['Fictional southern Family Hub']);
    expect(n.schedules).toHaveLength(1);
    expect(s.schedules).toHaveLength(1);
  });

  it('cites the feed’s own record page, under the feed’s own id', () => {
    const s = services().find((x) => x.id === 'south:v1-1')!;
    expect(s.source_url).toEqual(['https://south.example.org/api/services/v1-1']);
  });

  it('gives the same ids when a feed is imported again: nothing changes, so saved links still open', async () => {
    const before = services().map((s) => s.id);
    const again = await runImport(join(work, 'south-feed'), options('south'), io);
    expect(again.changed).toEqual([]);
    expect(services().map((s) => s.id)).toEqual(before);
  });
});
