import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { readArea, readCatalogueDir } from '../../build/catalogue-files';
import { readLayeredCatalogue } from '../../build/catalogue-layers';
import { validateCatalogue } from '../../src/features/catalogue/validate';
import { readSource } from '../../tools/oruk/fetch-source';
import { importFeed } from '../../tools/oruk/import-feed';
import { parseMappings } from '../../tools/oruk/taxonomy-map';

type Rec = Record<string, unknown>;
const TODAY = '2026-06-01';
const area = readArea('data/area.json');
const base = readCatalogueDir('data/catalogue').files as unknown as CatalogueFiles;
const fixture = (path: string) => JSON.parse(readFileSync(`tests/fixtures/oruk/${path}`, 'utf8')) as Rec;
const V1 = [fixture('v1/page-1.json'), fixture('v1/page-2.json')];
const V3 = [fixture('v3/page-1.json'), fixture('v3/page-2.json')];
const NESTED = [
  'organization',
  'contacts',
  'schedules',
  'languages',
  'service_areas',
  'service_at_locations',
  'attributes',
  'cost_options',
];
/** A 3.0 list entry: one-to-one fields only, as the profile's /services returns them. */
const summary = (r: Rec) => Object.fromEntries(Object.entries(r).filter(([k]) => !NESTED.includes(k)));

const requests: string[] = [];
let flaky = 0;
let server: Server;
let origin = '';

/** The 3.0 fixture server says when each list page last changed (HTTP Last-Modified); the v1 one does not. */
const V3_LAST_MODIFIED = ['Tue, 10 Mar 2026 09:00:00 GMT', 'Mon, 16 Mar 2026 17:30:00 GMT'];

function route(url: URL, port: number): { status: number; body?: unknown; location?: string; lastModified?: string } {
  const page = Number(url.searchParams.get('page') ?? '1');
  const path = url.pathname;
  if (path === '/v1/services') return { status: 200, body: V1[page - 1] };
  if (path === '/v3/services') {
    const p = V3[page - 1]!;
    return { status: 200, body: { ...p, contents: (p.contents as Rec[]).map(summary) }, lastModified: V3_LAST_MODIFIED[page - 1] };
  }
  const one = /^\/v3\/services\/(.+)$/.exec(path);
  if (one) {
    const found = V3.flatMap((p) => p.contents as Rec[]).find((r) => r.id === decodeURIComponent(one[1]!));
    return found ? { status: 200, body: found } : { status: 404 };
  }
  if (path === '/flaky/services') return ++flaky === 1 ? { status: 503 } : { status: 200, body: { ...V1[0], totalPages: 1 } };
  if (path === '/redirect/services') return { status: 302, location: `http://localhost:${port}/v1/services` };
  return { status: 404 };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    requests.push(`${url.pathname}${url.search}`);
    const { status, body, location, lastModified } = route(url, port);
    res.writeHead(status, {
      'content-type': 'application/json',
      ...(location ? { location } : {}),
      ...(lastModified ? { 'last-modified': lastModified } : {}),
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const options = (feedUrl?: string) => ({
  area,
  today: TODAY,
  source: 'http',
  feedUrl,
  mappings: parseMappings(JSON.parse(readFileSync('data/taxonomy-mappings.json', 'utf8'))),
  base: { taxonomies: base.taxonomies, taxonomy_terms: base.taxonomy_terms },
});
const FAST = { backoffMs: 5, timeoutMs: 5_000 };

describe('reading a feed over HTTP from a fixture server on 127.0.0.1', () => {
  it('follows v1 pagination (totalPages) and imports every page', async () => {
    requests.length = 0;
    const read = await readSource(`${origin}/v1/services`, FAST);
    expect(requests).toEqual(['/v1/services?page=1&per_page=100', '/v1/services?page=2&per_page=100']);
    expect(read.feedUrl).toBe(`${origin}/v1`);
    const { files, report } = importFeed(read.docs, options(read.feedUrl));
    expect([report.read, report.imported, report.rejected.length]).toEqual([11, 8, 3]);
    expect(files.services.find((s) => s.id === 'v1-1')!.source_url).toEqual([`${origin}/v1/services/v1-1`]);
    expect(validateCatalogue(files as unknown as Rec, area, { today: TODAY })).toEqual([]);
  });

  it('follows 3.0 pagination (total_pages) and fetches /services/{id} for each summary', async () => {
    requests.length = 0;
    const read = await readSource(`${origin}/v3/services`, FAST);
    expect(requests.filter((r) => r.startsWith('/v3/services?'))).toHaveLength(2);
    expect(requests.filter((r) => /^\/v3\/services\/[0-9a-f-]+$/.test(r))).toHaveLength(9);
    const { files, report } = importFeed(read.docs, options(read.feedUrl));
    expect([report.read, report.imported]).toEqual([9, 8]);
    // Details only the full record has: phones, schedules, locations.
    expect(files.phones.length).toBeGreaterThan(0);
    expect(files.schedules.length).toBeGreaterThan(0);
    expect(files.locations.some((l) => l.name === 'Fictional Harlow Hub')).toBe(true);
  });

  it('retries a 503 and then succeeds', async () => {
    flaky = 0;
    const read = await readSource(`${origin}/flaky/services`, FAST);
    expect(flaky).toBe(2);
    expect((read.docs[0]!.json as { content: unknown[] }).content).toHaveLength(4);
  });

  it('refuses a redirect to another host', async () => {
    await expect(readSource(`${origin}/redirect/services`, FAST)).rejects.toThrow(/redirects to another host/);
  });

  it('gives up on a missing feed with the HTTP status, without retrying a 404', async () => {
    requests.length = 0;
    await expect(readSource(`${origin}/nothing/services`, FAST)).rejects.toThrow(/HTTP 404/);
    expect(requests).toHaveLength(1);
  });
});

describe('scripts/cli/import.mjs over HTTP', () => {
  it('validates, writes the feed as its own layer beside the core, with the JSON report beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bsf-import-'));
    try {
      const cliPath = '../../scripts/cli/import.mjs'; // a plain .mjs: no types to resolve
      const cli = (await import(/* @vite-ignore */ cliPath)) as {
        runImport: (s: string, o: Rec, io: unknown) => Promise<{ text: string; reportPath: string; layer: string }>;
      };
      const io = await import('../../tools/oruk/index');
      // A data folder whose core is the shipped catalogue (linked, never written) and whose feeds are new.
      mkdirSync(join(dir, 'data'));
      symlinkSync(resolve('data/catalogue'), join(dir, 'data/catalogue'));
      copyFileSync('data/area.json', join(dir, 'data/area.json'));
      copyFileSync('data/taxonomy-mappings.json', join(dir, 'data/taxonomy-mappings.json'));
      const { text, reportPath, layer } = await cli.runImport(
        `${origin}/v1/services`,
        { data: join(dir, 'data'), today: TODAY, fetch: FAST },
        io,
      );
      expect(text).toContain('Read 11 services; imported 8; merged 0; rejected 3.');
      expect(layer.startsWith(join(dir, 'data/feeds/127-0-0-1-'))).toBe(true); // the feed's host and port
      const joined = readLayeredCatalogue(join(dir, 'data'));
      expect(joined.problems).toEqual([]);
      // Judged as of the real day: the shipped core was built after this test's import date.
      expect(validateCatalogue(joined.files, area)).toEqual([]);
      const ids = (joined.files.services as Rec[]).map((s) => s.id);
      const feedId = layer.split(/[\\/]/).pop()!;
      expect(ids).toContain('svc-nhs-111');
      // The layer's ids are in the feed's namespace; the record's page keeps the feed's own id.
      expect(ids).toContain(`${feedId}:v1-1`);
      expect(ids).not.toContain(`${feedId}:v1-11`);
      expect((joined.files.services as Rec[]).find((s) => s.id === `${feedId}:v1-1`)!.source_url).toEqual([`${origin}/v1/services/v1-1`]);
      // This server sends no Last-Modified and the feed states no date of its own: none is made up.
      expect(JSON.parse(readFileSync(join(layer, 'feed.json'), 'utf8'))).not.toHaveProperty('feed_date');
      const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Rec;
      expect(reportPath).toBe(`${layer}.import-report.json`);
      expect(report.rejected).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the feed's Last-Modified as the directory's date (the earliest page), shown only for records without their own", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bsf-import-'));
    try {
      const cliPath = '../../scripts/cli/import.mjs';
      const cli = (await import(/* @vite-ignore */ cliPath)) as {
        runImport: (s: string, o: Rec, io: unknown) => Promise<{ layer: string; info: Rec }>;
      };
      const io = await import('../../tools/oruk/index');
      mkdirSync(join(dir, 'data'));
      symlinkSync(resolve('data/catalogue'), join(dir, 'data/catalogue'));
      copyFileSync('data/area.json', join(dir, 'data/area.json'));
      copyFileSync('data/taxonomy-mappings.json', join(dir, 'data/taxonomy-mappings.json'));
      const { info } = await cli.runImport(`${origin}/v3/services`, { data: join(dir, 'data'), feed: 'v3', today: TODAY, fetch: FAST }, io);
      expect(info.feed_date).toBe('2026-03-10');
      const joined = readLayeredCatalogue(join(dir, 'data'));
      const fromFeed = (joined.files.services as Rec[]).flatMap((s) => (s.from_feeds as Rec[] | undefined) ?? []);
      // One record of the fixture gives no date of its own; the rest give 2026-04-01.
      expect(fromFeed.filter((f) => f.directory_date === '2026-03-10')).toHaveLength(1);
      expect(fromFeed.filter((f) => f.updated === '2026-04-01').length).toBeGreaterThan(0);
      for (const f of fromFeed) {
        // Either the record's own date, or (only without one) the directory's, never both, never the import date.
        expect(f.updated === undefined || f.directory_date === undefined).toBe(true);
        if (f.updated === undefined) expect(f.directory_date).toBe('2026-03-10');
        expect([f.updated, f.directory_date]).not.toContain(TODAY);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
