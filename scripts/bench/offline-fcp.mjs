#!/usr/bin/env node
// First contentful paint of an offline repeat visit: after one online visit has installed the
// service worker, the network is cut and the home page reloaded, with the CPU slowed 4x
// (DevTools protocol) to stand in for a cheap phone. Median of RUNS reloads, in ms.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import CHROMIUM from '../chromium.json' with { type: 'json' };
import { median, serveDist } from './serve-dist.mjs';

const RUNS = 5;

export async function offlineRepeatFcp({ root, path = '/' }) {
  const server = await serveDist(root);
  const browser = await chromium.launch({ ...CHROMIUM, headless: true });
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    // The first (online) visit installs the worker from the home page: a very long address
    // would meet the server's own URL limit before the app ever ran.
    await page.goto('/');
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
    for (let i = 0; i < 4 && !(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))); i++) {
      await page.reload();
      await page.waitForTimeout(300);
    }
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    if (path !== '/') await page.goto(path);
    const times = [];
    // Until the page's own content has rendered (html[data-ready]): for a crafted link the
    // question is when the page is drawn and usable, not just when the header paints.
    const ready = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
      times.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      ready.push(await page.evaluate(() => performance.now()));
    }
    return { path, medianMs: median(times), runs: times, readyMedianMs: median(ready) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Issue 21: what a crafted 100,000-character search link costs over an ordinary search, both
 * drawn offline by a returning visitor at 4x CPU (a first visit meets the host's URL limit).
 * The difference is the long query's own cost, which the budget (200 ms) is about.
 */
export async function longLinkCost({ root }) {
  const long = await offlineRepeatFcp({ root, path: `/search?q=${'a'.repeat(100_000)}` });
  const short = await offlineRepeatFcp({ root, path: '/search?q=vitamins' });
  return { longMs: long.readyMedianMs, shortMs: short.readyMedianMs, extraMs: long.readyMedianMs - short.readyMedianMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const result = await offlineRepeatFcp({ root });
  console.log(`offline repeat visit, FCP (4x CPU slowdown): median ${result.medianMs.toFixed(0)} ms (${result.runs.map((t) => t.toFixed(0)).join(', ')})`);
  const long = await longLinkCost({ root });
  console.log(`100,000-character search link, page drawn (4x CPU slowdown): median ${long.longMs.toFixed(0)} ms, against ${long.shortMs.toFixed(0)} ms for "vitamins": ${long.extraMs.toFixed(0)} ms more`);
}
