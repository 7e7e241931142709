/**
 * A phone that already has the app picks up a new directory through "Update available: Reload",
 * and keeps what the family left on it. Build A (dist/) is installed; a service is saved and
 * Polish chosen; then build B, the same code with a changed catalogue, is published on the same
 * origin, as a host replaces one build with the next. After Reload: the saved list, the language
 * and B's new service are there, online and offline, and the service B dropped shows as
 * "no longer listed" by its old name until the parent removes it.
 *
 * Build B's data is a temp copy of data/ (the shipped data/ is never changed): one service that
 * no pathway needs is removed with every row that points at it, and one clearly marked test
 * service is added. It is built once, in beforeAll, with the real `vite build`.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOffline, newAppContext, openApp, useBrowser, waitForAppReady, waitForServiceWorker } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
const distA = process.env.BSF_DIST_DIR ? path.resolve(process.env.BSF_DIST_DIR) : path.join(root, 'dist');

/** Leaves the directory in build B. Chosen because no pathway names it (checked below). */
const DROPPED = { id: 'svc-hungry-little-minds', name: 'Hungry Little Minds: learning at home' };
/** Stays in both builds. */
const KEPT = { id: 'svc-nhs-111', name: 'NHS 111' };
/** Only in build B, and only in this test's temp copy. */
const ADDED = {
  id: 'svc-test-catalogue-update',
  name: 'TEST ONLY: new in build B (not a real service)',
};

const polish = JSON.parse(readFileSync(path.join(root, 'src/i18n/locales/pl.json'), 'utf8')) as {
  pwa: { reload: string };
  saved: { title: string; goneTitle: string; remove: string };
  service: { notFoundTitle: string };
};

type Row = Record<string, unknown>;

/** data/ copied to `dir`, with DROPPED taken out (and every row pointing at it) and ADDED put in. */
function writeDataB(dir: string): void {
  cpSync(path.join(root, 'data'), dir, { recursive: true });
  for (const file of readdirSync(path.join(dir, 'pathways'))) {
    if (readFileSync(path.join(dir, 'pathways', file), 'utf8').includes(DROPPED.id)) {
      throw new Error(`data/pathways/${file} names ${DROPPED.id}: choose another service for build B to drop`);
    }
  }
  const catalogueDir = path.join(dir, 'catalogue');
  const services = JSON.parse(readFileSync(path.join(catalogueDir, 'services.json'), 'utf8')) as Row[];
  const dropped = services.find((s) => s.id === DROPPED.id);
  if (dropped?.name !== DROPPED.name) throw new Error(`${DROPPED.id} is no longer "${DROPPED.name}" in data/`);

  for (const file of readdirSync(catalogueDir).filter((f) => f.endsWith('.json'))) {
    const rows = JSON.parse(readFileSync(path.join(catalogueDir, file), 'utf8')) as unknown;
    if (!Array.isArray(rows)) continue;
    const kept = (rows as Row[]).filter((row) => !Object.values(row).includes(DROPPED.id));
    if (kept.length !== rows.length) writeFileSync(path.join(catalogueDir, file), JSON.stringify(kept));
  }

  const withoutDropped = services.filter((s) => s.id !== DROPPED.id);
  withoutDropped.push({
    id: ADDED.id,
    organization_id: dropped.organization_id,
    name: ADDED.name,
    description: 'Made by tests/e2e/catalogue-update.e2e.test.ts for a test build only. Never shipped.',
    status: 'active',
    fees: 'Free',
    source_url: ['https://example.org/best-start-finder-test-only'],
  });
  writeFileSync(path.join(catalogueDir, 'services.json'), JSON.stringify(withoutDropped));
  // The added service takes the dropped one's life stages and topics (the build requires both).
  const attributesFile = path.join(catalogueDir, 'attributes.json');
  const original = JSON.parse(readFileSync(path.join(root, 'data/catalogue/attributes.json'), 'utf8')) as Row[];
  const attributes = JSON.parse(readFileSync(attributesFile, 'utf8')) as Row[];
  for (const attribute of original.filter((a) => a.link_id === DROPPED.id)) {
    attributes.push({ ...attribute, id: `${String(attribute.id)}-test-copy`, link_id: ADDED.id });
  }
  writeFileSync(attributesFile, JSON.stringify(attributes));
}

/** The real production build of the app on another data folder; rejects with Vite's output on failure. */
function buildWithData(dataDir: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
      {
        cwd: root,
        env: { ...process.env, BSF_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build B failed (${code}):\n${output}`))));
  });
}

/** Replaces everything the host serves with `build`, as a deploy does: A's files are gone. */
function publish(build: string, site: string): void {
  for (const name of readdirSync(site)) rmSync(path.join(site, name), { recursive: true, force: true });
  cpSync(build, site, { recursive: true });
}

describe('a new directory reaches a phone that already has the app', () => {
  let work: string;
  let site: string;
  let buildB: string;
  let server: PreviewServer;
  const browser = useBrowser();
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'bsf-catalogue-update-'));
    site = path.join(work, 'site');
    buildB = path.join(work, 'build-b');
    writeDataB(path.join(work, 'data-b'));
    await buildWithData(path.join(work, 'data-b'), buildB);
    cpSync(distA, site, { recursive: true });
    server = await preview({ root, logLevel: 'warn', build: { outDir: site }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
    const { port } = server.httpServer.address() as AddressInfo;
    ({ context, errors } = await newAppContext(browser(), { baseURL: `http://127.0.0.1:${port}`, timeout: 20_000 }));
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('build A: saves two services and chooses Polish; the test service is not there yet', { timeout: 150_000 }, async () => {
    page = await openApp(context, `/services/${DROPPED.id}`);
    // The first install takes control of the page (clientsClaim) once the directory is stored,
    // which on a loaded machine takes a while; waitForServiceWorker then only confirms it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { polling: 200, timeout: 90_000 });
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: new RegExp(`^Save ${DROPPED.name}`) }).click();
    await page.goto(`/services/${KEPT.id}`);
    await waitForAppReady(page);
    await page.getByRole('button', { name: new RegExp(`^Save ${KEPT.name}`) }).click();
    await page.getByRole('button', { name: new RegExp(`Saved \\(remove\\) ${KEPT.name}`) }).waitFor();

    await page.locator('.language-switcher__toggle').click();
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.waitForSelector('html[lang="pl"]');

    await page.goto(`/services/${ADDED.id}`);
    await page.getByRole('heading', { level: 1, name: polish.service.notFoundTitle }).waitFor();
    expect(errors).toEqual([]);
  });

  it(
    'build B published on the same origin: "Reload" brings the new directory, with the saved list and the language',
    { timeout: 150_000 },
    async () => {
      publish(buildB, site);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const reload = page.getByRole('button', { name: polish.pwa.reload });
      // Build B's worker stores the whole app before it says so: as slow as the first install.
      await reload.waitFor({ timeout: 90_000 });
      await Promise.all([page.waitForEvent('load'), reload.click()]);
      await waitForAppReady(page);

      await page.goto(`/services/${ADDED.id}`);
      await page.getByRole('heading', { level: 1, name: ADDED.name }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('pl');

      await page.goto('/saved');
      await expectSavedListAfterUpdate(page);
      expect(errors).toEqual([]);
    },
  );

  it(
    'offline after the update: the new service, the saved list and the language are all there; the dropped service can be removed',
    { timeout: 120_000 },
    async () => {
      await context.setOffline(true);
      const response = await page.goto('/saved');
      await expectOffline(page, response);
      await expectSavedListAfterUpdate(page);

      await page.getByRole('button', { name: `${polish.saved.remove} ${DROPPED.name}` }).click();
      await page.getByRole('heading', { level: 2, name: DROPPED.name }).waitFor({ state: 'detached' });
      await page.reload();
      await waitForAppReady(page);
      await page.getByRole('link', { name: KEPT.name, exact: true }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: DROPPED.name }).count()).toBe(0);

      await page.goto(`/search?q=${encodeURIComponent('new in build B')}`);
      await page.getByRole('link', { name: ADDED.name, exact: true }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('pl');
      expect(errors).toEqual([]);
    },
  );
});

/** The Saved page after the update, in Polish: the kept service as a card, the dropped one by its old name. */
async function expectSavedListAfterUpdate(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: polish.saved.title }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('pl');
  await page.getByRole('link', { name: KEPT.name, exact: true }).waitFor();
  const dropped = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: DROPPED.name }) });
  await dropped.waitFor();
  expect(await dropped.textContent()).toContain(polish.saved.goneTitle);
}
