/**
 * axe finds no WCAG 2.2 A/AA violation on any page, in English and in Urdu (right to left),
 * on a phone (360 px) and a desktop (1280 px); nothing scrolls sideways at 320 px outside the map.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './browser';
import { PAGES } from './pages';


const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function contextFor(browser: Browser, language: string, width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: inject('baseURL'), viewport: { width, height: 800 } });
  context.setDefaultTimeout(15_000);
  // The remembered language, as a returning visitor would have it.
  await context.addInitScript((code) => localStorage.setItem('bsf:language', code), language);
  return context;
}

describe.each([
  ['en', 360],
  ['en', 1280],
  ['ur', 360],
  ['ur', 1280],
  ['ar', 360],
])('axe: %s at %i px', (language, width) => {
  const browser = useBrowser();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await contextFor(browser(), language, width);
  });

  it.each(PAGES)('%s has no violations', async (path) => {
    const page = await openApp(context, path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await page.close();
  });

  it('/map with the interactive map opened has no violations', async () => {
    const page = await openApp(context, '/map');
    await page.locator('.static-map__explore').click();
    await page.locator('.service-map[data-map-status="ready"] .leaflet-marker-icon').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});

describe('reflow at 320 px', () => {
  const browser = useBrowser();

  it.each(['en', 'ur'])('no page scrolls sideways in %s', async (language) => {
    const context = await contextFor(browser(), language, 320);
    const wide: string[] = [];
    for (const path of PAGES) {
      const page = await openApp(context, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
      await page.close();
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});
