/**
 * axe finds no WCAG 2.2 A/AA violation on any page, in English and in Urdu (right to left),
 * on a phone (360 px) and a desktop (1280 px); nothing scrolls sideways at 320 px outside the map.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAppContext, openApp, useBrowser } from './browser';
import { PAGES } from './pages';

/** The visit pack as a family's phone opens its link (in the remembered language: no lang= here). */
const VISIT_PACK_LINK =
  '/visit-pack?c=svc-999-emergency~concern~end-emergency,svc-herts-health-visiting~development~end-talking&d=2026-11-29';

/** The visit pack as a health visitor builds it: its code, the "given by" field, Remove and End visit. */
async function openBuiltPack(context: BrowserContext) {
  const page = await openApp(context, '/contact/concern?a=urgency:emergency');
  await page.locator('.add-to-pack button').click();
  await page.locator('.add-to-pack a').click();
  await page.locator('.visit-pack__sheet').waitFor();
  await page.locator('.visit-pack input[type="text"]').fill('Sam');
  return page;
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function contextFor(browser: Browser, language: string, width: number): Promise<BrowserContext> {
  const { context } = await newAppContext(browser, { viewport: { width, height: 800 } });
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

  it.each(['/visit-pack', VISIT_PACK_LINK])('%s has no violations', async (path) => {
    const page = path === '/visit-pack' ? await openBuiltPack(context) : await openApp(context, path);
    await page.locator('.visit-pack__sheet').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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

  it.each(['en', 'ur'])('the visit pack, built and from its link, does not scroll sideways in %s', async (language) => {
    const context = await contextFor(browser(), language, 320);
    const wide: string[] = [];
    for (const path of ['/visit-pack', VISIT_PACK_LINK]) {
      const page = path === '/visit-pack' ? await openBuiltPack(context) : await openApp(context, path);
      await page.locator('.visit-pack__sheet').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
      await page.close();
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});
