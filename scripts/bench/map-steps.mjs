#!/usr/bin/env node
// How long each step of building the map takes (the User Timing entries leaflet-map.ts records:
// the base map, the town names, the service markers) once the map is opened, with the CPU slowed 4x (DevTools protocol)
// to stand in for a cheap phone. Each step runs as its own task; median of RUNS page loads, in ms.
import { chromium } from 'playwright-core';
import CHROMIUM from '../dev/chromium.json' with { type: 'json' };
import { median, serveDist } from './serve-dist.mjs';

const RUNS = 5;
const STEPS = ['bsf:map-basemap', 'bsf:map-labels', 'bsf:map-markers'];

export async function mapSteps({ root, path = '/map' }) {
  const server = await serveDist(root);
  const browser = await chromium.launch({ ...CHROMIUM, headless: true });
  try {
    const times = Object.fromEntries(STEPS.map((s) => [s, []]));
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(server.url + path);
      // The map page shows a still map first; the interactive one is built when asked for.
      if (path === '/map') await page.locator('.static-map__explore').click({ timeout: 30_000 });
      await page.waitForFunction((last) => performance.getEntriesByName(last).length > 0, STEPS.at(-1), { timeout: 30_000 });
      const entries = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.duration ?? NaN), STEPS);
      STEPS.forEach((step, k) => times[step].push(entries[k]));
      await page.close();
    }
    return STEPS.map((step) => ({ name: step.replace('bsf:', ''), medianMs: median(times[step]) }));
  } finally {
    await browser.close();
    await server.close();
  }
}
