/**
 * Another council's area file and feed build the app with no code change: the real Vite build
 * runs on the made-up area in tests/fixtures/area-two (test data only; BSF_DATA_DIR points the
 * build at it) into a temp folder, and the built app names that area, its districts, its
 * colour and its tile server, and ships its services, not ours.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const areaTwo = path.join(root, 'tests/fixtures/area-two');
const work = mkdtempSync(path.join(tmpdir(), 'bsf-second-area-'));
const dist = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let build: { status: number | null; output: string };
beforeAll(() => {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir'],
    { cwd: root, env: { ...process.env, BSF_DATA_DIR: areaTwo }, encoding: 'utf8' },
  );
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 180_000);

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const allScripts = () =>
  readdirSync(path.join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => read(`assets/${name}`))
    .join('\n');

describe('the app built for a made-up second area', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/problem\(s\)/);
    expect(build.status).toBe(0);
  });

  it("its installed app's name and colour are the area's", () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as { name: string; theme_color: string };
    expect(manifest.name).toBe('Best Start Finder: family services in Valeshire Test Area');
    expect(manifest.theme_color).toBe('#4a3b8f');
  });

  it("its page describes the area and takes the area's colour", () => {
    const html = read('index.html');
    expect(html).toContain('the right person to contact in Valeshire Test Area,');
    expect(html).toContain('<meta name="theme-color" content="#4a3b8f"');
    expect(html).not.toMatch(/%BSF_[A-Z_]+%/);
    expect(html).not.toContain('Hertfordshire');
  });

  it("its header and map markers take the area's colour", () => {
    const css = readdirSync(path.join(dist, 'assets'))
      .filter((name) => name.endsWith('.css'))
      .map((name) => read(`assets/${name}`))
      .join('\n');
    expect(css).toMatch(/--brand:\s*#4a3b8f/);
    expect(css).not.toContain('#00615c');
  });

  it('its district filter lists its districts, not ours', () => {
    const scripts = allScripts();
    for (const name of ['Brindlemoor Test District', 'Castlewick Test District', 'Dunfold Test District']) expect(scripts).toContain(name);
    expect(scripts).not.toContain('Broxbourne');
    expect(scripts).not.toContain('E07000095');
  });

  it('its catalogue is its own services', () => {
    const catalogue = JSON.parse(read('data/catalogue.json')) as { services: { id: string }[] };
    expect(catalogue.services.map((s) => s.id).sort()).toEqual([
      'svc-dunfold-rhymetime',
      'svc-valeshire-family-hub',
      'svc-valeshire-safeguarding',
    ]);
  });

  it("its security policy allows the area's tile server", () => {
    expect(read('_headers')).toContain('https://tiles.example.org');
    expect(read('_headers')).not.toContain('tile.openstreetmap.org');
  });
});
