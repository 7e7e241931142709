/**
 * Location remembered, on this device only (issue 20), on a 360 × 640 phone: a postcode given on
 * "Near me" gives search results their distances and puts the family's own area first; the still
 * map keeps its height after a postcode search and no control covers a heading; the postcode can
 * be forgotten, and /privacy lists it.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { servesDistrict } from '../../src/features/filters/match';
import { countyDistricts } from '../../src/features/postcodes/place-ranking';
import { newAppContext, openApp, useAppContext, useBrowser, waitForAppReady } from './browser';

// Which services are Hertfordshire's only, read from the real catalogue the app was built from.
const catalogue = normaliseCatalogue(
  readCatalogueDir(path.resolve(import.meta.dirname, '../../data/catalogue')).files as unknown as CatalogueFiles,
);
const HARLOW = 'E07000073';
const herts = countyDistricts('E07000243');
const essex = countyDistricts(HARLOW);
const hertsOnlyNames = new Set(
  catalogue.services.filter((s) => herts.some((c) => servesDistrict(s, c)) && !essex.some((c) => servesDistrict(s, c))).map((s) => s.name),
);

const resultTitles = (page: Page) => page.locator('.search-results .card__title').allTextContents();

/** Every visible button whose box overlaps a visible heading's box, as "button / heading". */
function buttonsOverHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().height > 0)
        .map((el) => ({ text: (el.innerText || el.getAttribute('aria-label') || '').trim(), r: el.getBoundingClientRect() }));
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const headings = boxes('h1, h2, h3');
    return boxes('button, [role=button], summary, select, input').flatMap((button) =>
      headings.filter((h) => overlap(button.r, h.r)).map((h) => `${button.text} / ${h.text}`),
    );
  });
}

describe('location remembered on this device', () => {
  const app = useAppContext({ viewport: { width: 360, height: 640 } });

  it('keeps the still map taller than 100 px after a postcode search, with no button over a heading', async () => {
    const page = await app.open('/map');
    await page.getByLabel('Postcode').fill('CM20 1LP');
    await page.getByRole('button', { name: 'Find services' }).click();
    await page.getByRole('heading', { name: 'Services near CM20 1LP' }).waitFor();
    await page.getByText('CM20 1LP is saved on this device only').waitFor();

    const still = await page.locator('[data-static-map]').boundingBox();
    expect(still?.height).toBeGreaterThan(100);
    // The drawing itself has room inside it, not just the button.
    await page.locator('[data-static-map] svg').waitFor();
    expect((await page.locator('[data-static-map] svg').boundingBox())?.height).toBeGreaterThan(100);
    expect(await buttonsOverHeadings(page)).toEqual([]);
    await page.close();
  });

  it('shows distances in search and puts the Harlow family’s area first for “money for food”', async () => {
    const page = await app.open('/search?q=money+for+food');
    await page.getByText('Distances from CM20 1LP, saved on this device.').waitFor();
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.some((t) => hertsOnlyNames.has(t))).toBe(true);
    // A west Essex or national service first, and every Hertfordshire-only one after the rest.
    expect(hertsOnlyNames.has(titles[0]!)).toBe(false);
    const firstHertsOnly = titles.findIndex((t) => hertsOnlyNames.has(t));
    expect(titles.slice(firstHertsOnly).every((t) => hertsOnlyNames.has(t))).toBe(true);

    // Nearest first: the order goes into the address, and the first card with a place says how far.
    await page.getByLabel('Order results').selectOption('nearest');
    await page.waitForURL(/sort=nearest/);
    await expect.poll(() => page.locator('.search-results .card__distance').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-results .card__distance').first().textContent()).toMatch(/^\d+\.\d miles? away$/);
    await page.reload();
    await waitForAppReady(page);
    expect(await page.getByLabel('Order results').inputValue()).toBe('nearest');
    await page.close();
  });

  it('lists the postcode on /privacy, and forgets it with “Forget this postcode”', async () => {
    const page = await app.open('/privacy');
    await page.getByText('Your postcode from “Services near you”').waitFor();

    await page.goto('/map');
    await waitForAppReady(page);
    // Remembered: the map page opens on the saved postcode.
    await page.getByRole('heading', { name: 'Services near CM20 1LP' }).waitFor();
    await page.getByRole('button', { name: 'Forget this postcode' }).click();
    await page.getByText('Postcode forgotten on this device.').waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bsf:place')))).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('postcode');
    await page.getByRole('heading', { name: 'Services with a place' }).waitFor();

    await page.goto('/search?q=money+for+food');
    await waitForAppReady(page);
    await page.locator('.search-results').waitFor();
    expect(await page.locator('.card__distance').count()).toBe(0);
    expect(await page.getByLabel('Order results').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await page.close();
  });
});

describe.each(['en', 'ur'])('axe with a remembered postcode, in %s at 360 px', (language) => {
  const browser = useBrowser();

  it.each(['/map', '/search?q=money+for+food&sort=nearest', '/privacy'])('%s has no violations', async (address) => {
    const { context } = await newAppContext(browser(), { viewport: { width: 360, height: 640 } });
    await context.addInitScript(
      ({ code, place }) => {
        localStorage.setItem('bsf:language', code);
        localStorage.setItem('bsf:place:v1', place);
      },
      { code: language, place: JSON.stringify({ label: 'CM20 1LP', lat: 51.7727, lon: 0.0964, ladCode: HARLOW }) },
    );
    const page = await openApp(context, address);
    // The parts that need the postcode have rendered.
    await page
      .locator(address === '/map' ? '.remembered-place' : address === '/privacy' ? 'main li' : '.result-order')
      .first()
      .waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
