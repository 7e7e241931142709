/**
 * A council's real-sized directory goes in as its own layer and the app still builds (issue 15):
 * a 3,000-record ORUK v1 feed made by tests/fixtures/oruk/make-big-feed.mjs (weekly, fortnightly and
 * monthly sessions, 150
 * services listed twice under another id, addresses with no county, towns as service areas) is
 * imported into a temp copy of data/ with scripts/cli/import.mjs, and the real Vite build runs on that
 * copy (BSF_DATA_DIR). The built catalogue is then searched with the app's own search module.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue, ServiceView } from '../../src/features/catalogue/model';
import { NO_FILTERS, type Filters } from '../../src/features/filters/model';
import { matchesFilters } from '../../src/features/filters/match';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { findServices } from '../../src/features/search/find-services';
import { buildGazetteer } from '../../src/features/search/places-in-query';
import { loadValidCatalogue } from '../../build/catalogue-plugin';
import { loadPathways } from '../../build/pathway-files';
import { walkRoutes } from '../../src/features/pathways/engine';

type Rec = Record<string, unknown>;
interface ImportResult {
  changed: string[];
  info: { imported_on: string; services: number };
  report: { merges: { kept: string; merged: string[] }[]; warnings: { kind: string }[] };
}
interface FeedMaker {
  makeBigFeed(o: { count?: number; duplicates?: number; outDir?: string }): { outDir: string; records: Rec[] };
}

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'bsf-big-feed-'));
const dataDir = path.join(work, 'data');
const layerDir = path.join(dataDir, 'feeds', 'testshire');
const dist = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const layerBytes = () =>
  Object.fromEntries(
    readdirSync(layerDir)
      .sort()
      .map((f) => [f, readFileSync(path.join(layerDir, f), 'utf8')]),
  );

let maker: FeedMaker;
let runImport: (source: string, options: Rec) => Promise<ImportResult>;
let records: Rec[];
let feedDir: string;
let first: ImportResult;
let build: { status: number | null; output: string };
let catalogue: Catalogue;

beforeAll(async () => {
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  maker = (await import(/* @vite-ignore */ path.join(root, 'tests/fixtures/oruk/make-big-feed.mjs'))) as FeedMaker;
  ({ runImport } = (await import(/* @vite-ignore */ path.join(root, 'scripts/cli/import.mjs'))) as { runImport: typeof runImport });
  ({ outDir: feedDir, records } = maker.makeBigFeed({ count: 3000, duplicates: 150, outDir: path.join(work, 'feed') }));
  first = await runImport(feedDir, { data: dataDir, feed: 'testshire', feedName: 'Testshire', today: '2026-11-29' });
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir'],
    { cwd: root, env: { ...process.env, BSF_DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  catalogue = JSON.parse(readFileSync(path.join(dist, 'data/catalogue.json'), 'utf8')) as Catalogue;
}, 300_000);

const byId = (id: string) => catalogue.services.find((s) => s.id === id);
/** The app's id for a feed record: the layer's ids are in its feed's namespace. */
const inFeed = (id: string) => `testshire:${id}`;
const record = (id: string) => records.find((r) => r.id === id)!;

describe('a 3,000-service v1 feed imported as a layer', () => {
  it('builds, with the core and the feed joined', () => {
    expect(build.output).not.toMatch(/problem\(s\)/);
    expect(build.status).toBe(0);
    expect(first.info.services).toBe(2850);
    expect(catalogue.services.length).toBeGreaterThan(2850);
  });

  it('leaves every pathway route, in each part of the area and when the part is not known, with a number to call or text (or the reason it has none)', () => {
    expect(build.output).not.toContain('pathway warning');
    // The build's own filling of the pathways from this data (build/pathway-files.ts), checked against the built catalogue.
    const { pathways, warnings } = loadPathways(dataDir, loadValidCatalogue(dataDir));
    expect(warnings).toEqual([]);
    let withPhone = 0;
    for (const pathway of pathways) {
      const routes = walkRoutes(pathway);
      for (const route of routes) {
        const phones = route.contacts.flatMap((c) => byId(c.service)?.phones ?? []);
        // An ending whose services publish no number (a website-only Local Offer) says why and what to do instead, as with the core alone.
        if (phones.length > 0) withPhone++;
        else
          expect(route.ending.noPhone, `${pathway.id} ${JSON.stringify(route.answers)} has no number and does not say why`).toBeDefined();
      }
      expect(
        routes.some((r) => r.contacts.some((c) => (byId(c.service)?.phones.length ?? 0) > 0)),
        pathway.id,
      ).toBe(true);
    }
    expect(withPhone).toBeGreaterThan(50);
  });

  it('keeps NHS 111 and 999 with their numbers', () => {
    expect(byId('svc-nhs-111')?.phones.map((p) => p.number)).toContain('111');
    expect(byId('svc-999-emergency')?.phones.map((p) => p.number)).toContain('999');
  });

  it('finds an imported service by its name', () => {
    const index = createCatalogueSearch(catalogue);
    const found = findServices(index, buildGazetteer(), 'Fictional rhyme time 0003');
    expect(found.services[0]?.id).toBe(inFeed('big-0003'));
  });

  it('finds a kind of session in a town: "stay and play in Cheshunt" puts Cheshunt\'s district first', () => {
    const index = createCatalogueSearch(catalogue);
    const found = findServices(index, buildGazetteer(), 'stay and play in Cheshunt');
    const top = found.services.slice(0, 10);
    expect(top).toHaveLength(10);
    for (const s of top) {
      expect(s.name).toMatch(/stay and play/i);
      // Broxbourne, the district Cheshunt is in, as the places file says.
      expect(s.areas.some((a) => a.ladCodes !== 'all' && a.ladCodes.includes('E07000095'))).toBe(true);
    }
  });

  it('leaves the core untouched: the import wrote its own layer only', () => {
    for (const name of readdirSync(path.join(root, 'data/catalogue'))) {
      expect(readFileSync(path.join(dataDir, 'catalogue', name), 'utf8')).toBe(
        readFileSync(path.join(root, 'data/catalogue', name), 'utf8'),
      );
    }
    expect(readdirSync(path.join(dataDir, 'feeds'))).toEqual(['testshire', 'testshire.import-report.json']);
  });

  it('does not warn about an organisation repeated inside each of its 20 services', () => {
    expect(first.report.warnings.filter((w) => w.kind === 'duplicate')).toEqual([]);
  });

  it('lists each service the feed gave twice once, under the first id, keeping its facts', () => {
    const dups = records.filter((r) => String(r.id).startsWith('dup'));
    expect(dups).toHaveLength(150);
    expect(first.report.merges).toHaveLength(150);
    for (const dup of dups) {
      const original = String(dup.id).replace(/^dup\d+-/, 'big-');
      expect(byId(inFeed(String(dup.id)))).toBeUndefined();
      expect(catalogue.services.filter((s) => s.name === dup.name)).toHaveLength(1);
      expect(byId(inFeed(original))?.phones).toHaveLength(1);
    }
  });

  it('keeps a v1 address that gave no county, with its postcode, and the county its postcode tells', () => {
    const given = ((record('big-0001').service_at_locations as Rec[])[0]!.location as Rec).physical_addresses as Rec[];
    expect(given[0]!.state_province).toBeUndefined();
    const address = byId(inFeed('big-0001'))!.locations[0]!.address!;
    expect(address.postcode).toBe(given[0]!.postal_code);
    expect(address.county).toBe('Hertfordshire');
  });

  it('keeps each session: its day, times and words', () => {
    const s = byId(inFeed('big-0002')) as ServiceView;
    expect(s.schedules).toEqual([
      expect.objectContaining({ days: ['TU'], opensAt: '10:00', closesAt: '11:30', description: 'Baby massage every week' }),
    ]);
  });

  it('keeps fortnightly and monthly sessions, saying how often they run, and counts them for their day', () => {
    const scheduleOf = (r: Rec) => (r.regular_schedules as Rec[])[0]!;
    const repeating = records.filter(
      (r) => String(r.id).startsWith('big-') && (scheduleOf(r).freq === 'MONTHLY' || scheduleOf(r).interval === 2),
    );
    expect(repeating.length).toBeGreaterThan(1000);
    expect(first.report.warnings.filter((w) => w.kind === 'row-dropped')).toEqual([]);
    for (const r of repeating) expect(byId(inFeed(String(r.id)))?.schedules[0]?.repeat).toBeDefined();
    // Every other Thursday from 8 January 2026; every other Saturday, weeks not given; the first
    // Monday; the last Friday; the 15th of the month.
    expect(byId(inFeed('big-0004'))!.schedules).toEqual([
      expect.objectContaining({ days: ['TH'], repeat: { every: 'weeks', interval: 2, start: '2026-01-08' } }),
    ]);
    expect(byId(inFeed('big-0006'))!.schedules[0]!.repeat).toEqual({ every: 'weeks', interval: 2 });
    expect(byId(inFeed('big-0008'))!.schedules[0]).toMatchObject({
      days: ['MO'],
      repeat: { every: 'months', interval: 1, nth: [{ week: 1, day: 'MO' }], monthDays: [] },
    });
    expect(byId(inFeed('big-0018'))!.schedules[0]).toMatchObject({
      days: ['FR'],
      repeat: { every: 'months', nth: [{ week: -1, day: 'FR' }] },
    });
    expect(byId(inFeed('big-0010'))!.schedules[0]).toMatchObject({ days: [], repeat: { every: 'months', monthDays: [15] } });
    // The search's "open on" filter finds the first-Monday and fortnightly sessions on their day.
    const on = (day: Filters['day']) =>
      new Set(catalogue.services.filter((s) => matchesFilters(s, { ...NO_FILTERS, day }, new Date())).map((s) => s.id));
    expect(on('MO').has(inFeed('big-0008'))).toBe(true);
    expect(on('SA').has(inFeed('big-0006'))).toBe(true);
    expect(on('TU').has(inFeed('big-0008'))).toBe(false);
  });

  it("says which directory a service came from and the directory's own date, never the import date as a check", () => {
    expect(byId(inFeed('big-0002'))!.fromFeeds).toEqual([
      { feed_id: 'testshire', feed_name: 'Testshire', updated: '2026-02-11', imported_on: '2026-11-29' },
    ]);
    // Every fourth record gives no date: none is made up for it.
    expect(byId(inFeed('big-0005'))!.fromFeeds![0]!.updated).toBeUndefined();
    expect(byId('svc-nhs-111')!.fromFeeds).toBeUndefined();
  });

  it('changes no file when the same feed is imported again, even on a later day', async () => {
    const before = layerBytes();
    const again = await runImport(feedDir, { data: dataDir, feed: 'testshire', feedName: 'Testshire', today: '2026-12-01' });
    expect(again.changed).toEqual([]);
    expect(again.info.imported_on).toBe('2026-11-29');
    expect(layerBytes()).toEqual(before);
  }, 120_000);

  it('refuses a feed that lost 30% of its services, writing nothing, unless forced', async () => {
    const before = layerBytes();
    const { outDir: smaller } = maker.makeBigFeed({ count: 1995, duplicates: 0, outDir: path.join(work, 'smaller') });
    await expect(runImport(smaller, { data: dataDir, feed: 'testshire', feedName: 'Testshire', today: '2026-12-01' })).rejects.toThrow(
      /now gives 1995 services where its layer holds 2850 \(30% fewer.*Nothing was written.*--force/s,
    );
    expect(layerBytes()).toEqual(before);
    const forced = await runImport(smaller, { data: dataDir, feed: 'testshire', feedName: 'Testshire', today: '2026-12-01', force: true });
    expect(forced.info).toMatchObject({ services: 1995, imported_on: '2026-12-01' });
  }, 120_000);
});
