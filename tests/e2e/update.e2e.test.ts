/**
 * A new version never reloads under the user: it waits, says "Update available", and only
 * the user's "Reload" hands over to it. Served from a private copy of dist/ so a "new version"
 * can be published mid-test by changing its service worker.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, waitForServiceWorker } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
const dist = process.env.BSF_DIST_DIR ? path.resolve(process.env.BSF_DIST_DIR) : path.join(root, 'dist');

describe('updating to a new version', () => {
  let browser: Browser;
  let server: PreviewServer;
  let copy: string;

  beforeAll(async () => {
    copy = mkdtempSync(path.join(tmpdir(), 'bsf-update-'));
    cpSync(dist, copy, { recursive: true });
    server = await preview({ root, logLevel: 'warn', build: { outDir: copy }, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('waits for the user, then reloads into the new version', async () => {
    const { port } = server.httpServer.address() as AddressInfo;
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
    context.setDefaultTimeout(20_000);
    const page = await openApp(context, '/services/svc-nhs-111');
    await waitForServiceWorker(page);

    // Publish "version B": any byte change to sw.js makes the browser install it.
    appendFileSync(path.join(copy, 'sw.js'), '\n// version B\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    expect(await page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('Update available'));

    // Nothing has reloaded the page by itself: a marker set now survives until the user acts.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)));
    expect(waiting).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('NHS 111');
    await context.close();
  });
});
