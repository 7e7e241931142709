/**
 * A new version never reloads under the user: it waits, says "Update available", and only
 * the user's "Reload" hands over to it. Served from a private copy of dist/ so a "new version"
 * can be published mid-test by changing its service worker.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAppContext, openApp, useBrowser, waitForServiceWorker } from './browser';

const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/**
 * Publishes a real "next version" in place: every hashed chunk gets a new name (references
 * rewritten everywhere, the old files gone, as a host holds only the latest build) and
 * index.html a new revision, so an old tab's not-yet-loaded page code now returns 404.
 */
function publishRenamedVersion(dir: string): void {
  const assets = path.join(dir, 'assets');
  const renames = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => [name, name.replace(/\.(js|css)$/, 'n2.$1')] as const);
  for (const file of filesUnder(dir).filter((f) => /\.(js|css|html|json|webmanifest)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    let next = text;
    for (const [from, to] of renames) next = next.split(from).join(to);
    if (path.basename(file) === 'sw.js') next = next.replace(/(url:"index\.html",revision:")[^"]+"/, '$1next-version"');
    if (next !== text) writeFileSync(file, next);
  }
  for (const [from, to] of renames) renameSync(path.join(assets, from), path.join(assets, to));
}
const dist = process.env.BSF_DIST_DIR ? path.resolve(process.env.BSF_DIST_DIR) : path.join(root, 'dist');

describe('updating to a new version', () => {
  const browser = useBrowser();
  let server: PreviewServer;
  let copy: string;

  beforeAll(async () => {
    copy = mkdtempSync(path.join(tmpdir(), 'bsf-update-'));
    cpSync(dist, copy, { recursive: true });
    server = await preview({ root, logLevel: 'warn', build: { outDir: copy }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('waits for the user, then reloads into the new version', async () => {
    const { port } = server.httpServer.address() as AddressInfo;
    const { context } = await newAppContext(browser(), { baseURL: `http://127.0.0.1:${port}`, timeout: 20_000 });
    const page = await openApp(context, '/services/svc-nhs-111');
    await waitForServiceWorker(page);

    // A marker that only this load of the page holds, and a record of any change of worker.
    await page.evaluate(() => {
      const w = window as unknown as { marker: string; controllerChanged: boolean };
      w.marker = 'still here';
      w.controllerChanged = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => (w.controllerChanged = true));
    });

    // Publish "version B": any byte change to sw.js makes the browser install it.
    appendFileSync(path.join(copy, 'sw.js'), '\n// version B\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    expect(await page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('Update available'));

    // Nothing has reloaded the page by itself: version B has finished installing and waits (only
    // a worker that takes control could reload the page), the old one still controls it, and the
    // marker is still there until the user acts.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.installing === null && registration.waiting?.state === 'installed';
    });
    expect(await page.evaluate(() => (window as unknown as { controllerChanged: boolean }).controllerChanged)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)));
    expect(waiting).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('NHS 111');
    await context.close();
  });

  it('with two tabs open, Reload in one leaves the other working: it reacts, and its next page loads', async () => {
    const { port } = server.httpServer.address() as AddressInfo;
    const { context } = await newAppContext(browser(), { baseURL: `http://127.0.0.1:${port}`, timeout: 20_000 });
    const first = await openApp(context, '/');
    await waitForServiceWorker(first);
    const second = await openApp(context, '/about');
    expect(await second.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    publishRenamedVersion(copy);
    await first.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await first.getByRole('button', { name: 'Reload' }).waitFor();
    await second.getByRole('button', { name: 'Reload' }).waitFor();

    await Promise.all([first.waitForEvent('load'), first.getByRole('button', { name: 'Reload' }).click()]);
    await first.waitForSelector('html[data-ready="true"]');
    expect(await first.evaluate(() => [...document.scripts].some((s) => s.src.includes('n2.js')))).toBe(true);

    // The second tab has been taken over too: it has reloaded, or still says "Reload" and
    // that button now works at once (there is no waiting worker left to hand over to).
    await expect
      .poll(() => second.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting && Boolean(r?.active))))
      .toBe(true);
    // Its next page's code was never loaded and its old file is gone: the page still opens.
    await second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Near me' }).click();
    await second.getByRole('heading', { level: 1, name: 'Services near you' }).waitFor();
    await second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
    await second.getByRole('heading', { level: 1, name: 'Saved services' }).waitFor();
    await context.close();
  });
});
