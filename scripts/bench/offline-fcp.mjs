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
    await page.goto(path);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
    for (let i = 0; i < 4 && !(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))); i++) {
      await page.reload();
      await page.waitForTimeout(300);
    }
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.waitForSelector('html[data-ready="true"]');
      times.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    }
    return { path, medianMs: median(times), runs: times };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const result = await offlineRepeatFcp({ root });
  console.log(`offline repeat visit, FCP (4x CPU slowdown): median ${result.medianMs.toFixed(0)} ms (${result.runs.map((t) => t.toFixed(0)).join(', ')})`);
}
