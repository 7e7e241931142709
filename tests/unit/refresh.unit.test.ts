/**
 * `npm run refresh` (scripts/cli/refresh.mjs, tools/oruk/refresh.ts) on a temporary data folder with
 * two synthetic feeds from data/area.json `feeds`: both are imported, an unchanged feed rewrites
 * no file, and a feed that lost 30% of its services is refused with its layer left byte for byte
 * as it was. The refresh stops at that feed: a feed before it keeps its new layer, one after it
 * is not attempted.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArea } from '../../build/catalogue-files';

type Outcome = { id: string; changed: string[]; failed?: string };
type Refresh = (o: Record<string, unknown>, io: unknown) => Promise<{ outcomes: Outcome[]; ok: boolean }>;

const TODAY = '2026-11-29';
let dir = '';
let data = '';
let bigFeed = '';
let runRefresh: Refresh;
let io: unknown;
let makeBigFeed: (o: { count: number; duplicates: number; outDir: string }) => unknown;

/** Every file under data/feeds with its bytes and modification time: what a refresh may have touched. */
function snapshot(sub = ''): Record<string, string> {
  const root = join(data, 'feeds', sub);
  const out: Record<string, string> = {};
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const path = join(root, name);
    if (statSync(path).isFile()) out[name] = `${statSync(path).mtimeMs} ${readFileSync(path, 'utf8')}`;
  }
  return out;
}

function configure(feeds: { id: string; name: string; source: string }[]) {
  const area = JSON.parse(readFileSync('data/area.json', 'utf8')) as Record<string, unknown>;
  writeFileSync(join(data, 'area.json'), JSON.stringify({ ...area, feeds }));
}
const BIG = () => ({ id: 'big', name: 'Fictional big directory', source: bigFeed });
const SMALL = { id: 'small', name: 'Fictional small directory', source: resolve('tests/fixtures/oruk/v1') };
const refresh = (maxLoss?: number) => runRefresh({ data, today: TODAY, maxLoss }, io);
const services = (id: string) => (JSON.parse(readFileSync(join(data, 'feeds', id, 'feed.json'), 'utf8')) as { services: number }).services;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bsf-refresh-test-'));
  data = join(dir, 'data');
  bigFeed = join(dir, 'big-feed');
  // A data folder whose core is the shipped catalogue (linked, never written) and whose feeds are new.
  mkdirSync(data);
  symlinkSync(resolve('data/catalogue'), join(data, 'catalogue'));
  copyFileSync('data/taxonomy-mappings.json', join(data, 'taxonomy-mappings.json'));
  const cliPath = '../../scripts/cli/refresh.mjs'; // plain .mjs files: no types to resolve
  runRefresh = ((await import(/* @vite-ignore */ cliPath)) as { runRefresh: Refresh }).runRefresh;
  const feedPath = '../fixtures/oruk/make-big-feed.mjs';
  makeBigFeed = ((await import(/* @vite-ignore */ feedPath)) as { makeBigFeed: typeof makeBigFeed }).makeBigFeed;
  io = await import('../../tools/oruk/index');
  makeBigFeed({ count: 100, duplicates: 0, outDir: bigFeed });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case imports a feed of 100 services or more: room for a loaded CI machine.
describe('npm run refresh', { timeout: 60_000 }, () => {
  it('imports every feed area.json lists, each into its own layer', async () => {
    configure([BIG(), SMALL]);
    const { outcomes, ok } = await refresh();
    expect(ok).toBe(true);
    expect(outcomes.map((o) => o.id)).toEqual(['big', 'small']);
    expect(services('big')).toBe(100);
    expect(services('small')).toBe(7); // the fixture's records that pass the import's checks
    const info = JSON.parse(readFileSync(join(data, 'feeds/small/feed.json'), 'utf8')) as Record<string, unknown>;
    expect(info).toMatchObject({ id: 'small', name: 'Fictional small directory', imported_on: TODAY });
    expect(readdirSync(join(data, 'feeds'))).toContain('small.import-report.json');
  }, 60_000);

  it('changes no file when the feeds have not changed, not even the import date', async () => {
    const before = snapshot();
    const { outcomes, ok } = await runRefresh({ data, today: '2026-12-01', maxLoss: undefined }, io);
    expect(ok).toBe(true);
    expect(outcomes.map((o) => o.changed)).toEqual([[], []]);
    expect(snapshot()).toEqual(before);
  }, 60_000);

  it('refuses a feed that lost 30% of its services, leaves its layer untouched and stops there', async () => {
    configure([SMALL, BIG()]);
    makeBigFeed({ count: 70, duplicates: 0, outDir: bigFeed });
    const before = snapshot('big');
    const { outcomes, ok } = await refresh();
    expect(ok).toBe(false);
    // The feed before it was refreshed (here: unchanged), and keeps its layer.
    expect(outcomes.map((o) => [o.id, o.failed === undefined])).toEqual([
      ['small', true],
      ['big', false],
    ]);
    const big = outcomes.find((o) => o.id === 'big');
    expect(big?.failed).toMatch(
      /feeds[\\/]big: the feed now gives 70 services where its layer holds 100 \(30% fewer; at most 20% may go at once\)/,
    );
    expect(snapshot('big')).toEqual(before);
    expect(services('big')).toBe(100);
  }, 60_000);

  it('does not attempt the feeds after a refused one', async () => {
    configure([BIG(), SMALL]);
    const { outcomes, ok } = await refresh();
    expect(ok).toBe(false);
    expect(outcomes.map((o) => o.id)).toEqual(['big']);
  }, 60_000);

  it('accepts the same loss when --max-loss allows it', async () => {
    const { outcomes, ok } = await refresh(0.3);
    expect(ok).toBe(true);
    expect(outcomes.find((o) => o.id === 'big')?.changed).toContain('services.json');
    expect(services('big')).toBe(70);
  }, 60_000);

  it('refuses a --max-loss that is not a share', async () => {
    await expect(refresh(30)).rejects.toThrow('--max-loss "30" must be a share between 0 and 1');
  });
});

describe('the feeds of area.json', () => {
  const write = (feeds: unknown) => {
    const path = join(dir, 'area-check.json');
    const area = JSON.parse(readFileSync('data/area.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...area, feeds }));
    return () => readArea(path);
  };

  it('are optional: the shipped area lists none', () => {
    expect(readArea('data/area.json').feeds).toBeUndefined();
  });

  it('are refused with the feed and field at fault', () => {
    expect(write({ id: 'x' })).toThrow('area.json: feeds must be a list of { id, name, source }');
    expect(write([{ id: 'Herts Feed', name: 'H', source: 'https://x.example/services' }])).toThrow(
      'area.json: feeds[0] id: "Herts Feed" must be lower-case letters, digits and hyphens',
    );
    expect(write([SMALL, { ...SMALL, source: 'https://x.example/services' }])).toThrow('area.json: feeds[1] id: "small" appears twice');
    expect(write([{ id: 'herts', name: ' ', source: 'https://x.example/services' }])).toThrow('area.json: feeds[0] (herts) name:');
    expect(write([{ id: 'herts', name: 'Herts', source: 'http://x.example/services' }])).toThrow(
      'area.json: feeds[0] (herts) source: "http://x.example/services" must be an https:// feed address',
    );
  });
});
