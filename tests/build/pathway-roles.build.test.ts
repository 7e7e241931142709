/**
 * Pathways survive a new catalogue (issue 15): a copy of data/ loses two services the pathways
 * prefer (Hertfordshire's health visiting texting service and its SENDIASS) and gains a feed with
 * one family hub in Harlow. The real Vite build still passes, printing a short warning list; with
 * BSF_STRICT=1 (as npm test and CI build) it fails, naming pathway, ending and role. The hub is
 * made up: a "Fictional" name, an example.org address and a number from Ofcom's drama range.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../build/catalogue-plugin';
import { loadPathways, type LoadedPathways } from '../../build/pathway-files';
import { walkRoutes } from '../../src/features/pathways/engine';

type Rec = Record<string, unknown>;
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'bsf-roles-'));
const dataDir = path.join(work, 'data');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GONE = ['svc-herts-health-visiting', 'svc-herts-sendiass'];
const HUB_RECORD = 'fictional-harlow-family-hub';
/** The app's id for the feed's hub: a feed layer's ids are prefixed with the feed's own id (tools/oruk/feed-namespace.ts). */
const HUB = `hubs:${HUB_RECORD}`;

/** Takes a service out of the core tables, with every row that points at it (its contacts, their phones, …). */
function dropService(id: string): void {
  const dir = path.join(dataDir, 'catalogue');
  const gone = new Set([id]);
  const refs = ['service_id', 'link_id', 'contact_id', 'phone_id'];
  for (let pass = 0; pass < 3; pass++) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'dataset.json')) {
      const file = path.join(dir, name);
      const rows = JSON.parse(readFileSync(file, 'utf8')) as Rec[];
      const kept = rows.filter((r) => {
        const drop = gone.has(String(r.id)) || refs.some((ref) => gone.has(String(r[ref])));
        if (drop) gone.add(String(r.id));
        return !drop;
      });
      writeFileSync(file, JSON.stringify(kept, null, 2));
    }
  }
}

/** One ORUK v1 service: a family hub in Harlow (west Essex), at a real Harlow postcode. */
function hubFeed(dir: string): void {
  const csv = readFileSync(path.resolve(root, '../shared/data/postcodes/herts_west_essex_postcodes.csv'), 'utf8');
  const [postcode, latitude, longitude] = csv
    .split(/\r?\n/)
    .find((line) => line.endsWith(',E07000073'))!
    .split(',');
  const record = {
    id: HUB_RECORD,
    name: 'Fictional Harlow family hub',
    description: 'A made-up family hub, for testing pathways only.',
    url: 'https://example.org/harlow-hub',
    status: 'active',
    organization: { id: 'fictional-org', name: 'Fictional council', description: 'A made-up organisation for tests.' },
    contacts: [{ id: 'fictional-con', phones: [{ id: 'fictional-ph', number: '020 7946 0999' }] }],
    service_areas: [{ id: 'fictional-area', service_area: 'Harlow' }],
    service_at_locations: [
      {
        id: 'fictional-sal',
        location: {
          id: 'fictional-loc',
          name: 'Fictional hub building',
          latitude: Number(latitude),
          longitude: Number(longitude),
          physical_addresses: [
            { id: 'fictional-addr', address_1: '1 Example Street', city: 'Harlow', postal_code: postcode, country: 'GB' },
          ],
        },
      },
    ],
    service_taxonomys: [{ id: 'fictional-st', taxonomy: { id: 'fictional-term', name: 'Family hubs', vocabulary: 'DfE family services' } }],
  };
  mkdirSync(dir, { recursive: true });
  const page = { totalElements: 1, totalPages: 1, number: 1, size: 1, first: true, last: true, content: [record] };
  writeFileSync(path.join(dir, 'page-1.json'), JSON.stringify(page));
}

function viteBuild(strict: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, BSF_DATA_DIR: dataDir };
  if (strict) env.BSF_STRICT = '1';
  else delete env.BSF_STRICT;
  const dist = path.join(work, strict ? 'dist-strict' : 'dist');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir'],
    {
      cwd: root,
      env,
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

let lenient: { status: number | null; output: string };
let strict: { status: number | null; output: string };
let loaded: LoadedPathways;

beforeAll(async () => {
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  for (const id of GONE) dropService(id);
  const { runImport } = (await import(/* @vite-ignore */ path.join(root, 'scripts/cli/import.mjs'))) as {
    runImport: (source: string, options: Rec) => Promise<unknown>;
  };
  hubFeed(path.join(work, 'hub-feed'));
  await runImport(path.join(work, 'hub-feed'), { data: dataDir, feed: 'hubs', feedName: 'Hubs', today: '2026-11-29' });
  loaded = loadPathways(dataDir, loadValidCatalogue(dataDir));
  strict = viteBuild(true);
  lenient = viteBuild(false);
}, 300_000);

/** The services an ending shows a family in this part of the area (the first route that reaches it there). */
function shown(pathwayId: string, endingId: string, area: string): string[] {
  const pathway = loaded.pathways.find((p) => p.id === pathwayId)!;
  const route = walkRoutes(pathway).find((r) => r.endingId === endingId && r.area === area)!;
  return route.contacts.map((c) => c.service);
}

describe('a catalogue without two preferred services, and with a feed family hub', () => {
  it('still builds, printing a short warning list that names pathway, ending and role', () => {
    expect(lenient.status, lenient.output).toBe(0);
    expect(lenient.output).toContain('pathway warning(s)');
    expect(lenient.output).toMatch(
      /data\/pathways\/additional-needs\.json [^\n]*end-rights[^\n]*: role "role-sendiass" for herts: nothing/,
    );
    expect(lenient.output).toMatch(
      /data\/pathways\/development\.json [^\n]*end-talking[^\n]*: contact "svc-herts-health-visiting" is not a service/,
    );
    // One line per pathway and reason, not one per ending.
    expect(lenient.output.match(/development\.json [^\n]*"svc-herts-health-visiting" is not a service/g)).toHaveLength(1);
  });

  it('fails when strict (BSF_STRICT=1), naming pathway, ending and role', () => {
    expect(strict.status).not.toBe(0);
    expect(strict.output).toContain('Strict build (BSF_STRICT=1)');
    expect(strict.output).toMatch(/data\/pathways\/additional-needs\.json [^\n]*end-rights[^\n]*: role "role-sendiass" for herts/);
  });

  it("shows the role's core contact where nothing else fills it: Hertfordshire's Family Centre Service for health visiting", () => {
    expect(shown('development', 'end-talking', 'herts')).toEqual(['svc-herts-family-centre-service', 'svc-herts-integrated-therapies']);
    expect(loaded.warnings.map((w) => w.reason)).toContain(
      'role "role-health-visiting" for herts: nothing in the catalogue fills it, so the ending shows its core contact svc-herts-family-centre-service',
    );
  });

  it("fills the family-hub role with the feed's hub for families in west Essex, after the preferred service, and not in Hertfordshire", () => {
    expect(shown('community', 'end-family', 'essex')).toEqual(['svc-essex-child-family-wellbeing', HUB, 'svc-family-lives']);
    expect(shown('community', 'end-family', 'herts')).not.toContain(HUB);
  });

  it('leaves every route with someone to call, and the urgent ones still start with the urgent contact', () => {
    for (const pathway of loaded.pathways) {
      for (const route of walkRoutes(pathway)) expect(route.contacts.length, `${pathway.id} ${route.endingId}`).toBeGreaterThan(0);
    }
    expect(shown('concern', 'end-child-safety', 'essex')[0]).toBe('svc-essex-children-families-hub');
    expect(shown('concern', 'end-child-safety', 'herts')[0]).toBe('svc-herts-childrens-services-concern');
  });
});
