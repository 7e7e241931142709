import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import area from '../../data/area.json';
import { contentSecurityPolicy } from '../../build/security-headers';
import { useAppContext } from './browser';

// The policy the preview server sends (the same as dist/_headers) is strict: styles only from
// our own files, no 'unsafe-inline'; the page's <meta> policy adds Trusted Types for every HTML
// and script sink (src/lib/trusted-types.ts lets only Leaflet's fixed strings and /sw.js through). This walks
// every kind of page, the interactive map (zoom buttons, street tiles, a marker's summary, the
// attribution) and a pathway, and expects no violation and no error. A violation would mean a
// feature is silently broken for families (a style not applied, a map that does not draw).

/** A 1×1 PNG, answered for every tile request (the test machine has no route to the tile server). */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TILE_URL = new RegExp(`^${new URL(area.tile_url.replace(/\{[a-z]\}/g, '0')).origin.replace(/[.]/g, '\\.')}/`);

/** Records CSP violations (Trusted Types included) in every page, before any of the app's scripts run. */
async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('the strict content security policy', () => {
  const app = useAppContext();

  beforeAll(async () => {
    await watchCspViolations(app.context);
    await app.context.route(TILE_URL, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
  });

  it('is what the server sends, with no inline styles; the page adds Trusted Types, and the worker still installs', async () => {
    const page = await app.context.newPage();
    const response = await page.goto('/');
    const sent = response?.headers()['content-security-policy'] ?? '';
    expect(sent).toBe(contentSecurityPolicy({ tileUrl: area.tile_url }));
    expect(sent).toMatch(/style-src 'self';/);
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(meta).toContain("require-trusted-types-for 'script'");
    // A string that is not one of the allowed fixed ones cannot become markup (the refusal is
    // logged; those log lines are this check's own, so they are taken out of the shared list).
    const before = app.errors.length;
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<img src=x>';
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    expect(app.errors.slice(before).every((e) => e.includes('TrustedHTML'))).toBe(true);
    app.errors.splice(before);
    // The service worker (which imports its Workbox runtime) installs under the header policy.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
    await page.close();
  });

  it.each([
    '/',
    '/search?q=health%20visitor',
    '/life-stages/stage-pregnancy',
    '/categories/cat-send',
    '/services/svc-healthy-start',
    '/saved',
    '/contact',
    '/about',
    '/privacy',
    '/leave-quickly',
    '/no-such-page',
  ])('%s breaks no rule', async (path) => {
    const page = await app.open(path);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
    expect(app.errors).toEqual([]);
  });

  it('the interactive map, its zoom buttons, street tiles and a summary break no rule', async () => {
    const page = await app.open('/map?postcode=SG1%201AA');
    await page.getByRole('button', { name: 'Zoom and move the map' }).click();
    await page.waitForSelector('.service-map[data-map-status="ready"]');
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Show street map' }).click();
    await page.waitForSelector('.leaflet-tile-loaded');
    // The attribution Leaflet writes as markup is there, and is the one fixed link.
    await page.waitForSelector('.leaflet-control-attribution a[href="https://www.openstreetmap.org/copyright"]');
    await page.locator('.map-marker[aria-label^="Family Centre Service, Stevenage base"]').focus();
    await page.keyboard.press('Enter');
    // Its close button is one of the fixed strings Leaflet writes as markup.
    await page.waitForSelector('.leaflet-popup .map-popup a');
    await page.waitForSelector('.leaflet-popup-close-button span');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
    expect(app.errors).toEqual([]);
  });

  it('a pathway, and the small map on a service page, break no rule', async () => {
    const page = await app.open('/contact');
    await page.locator('.card__link').first().click();
    await page.waitForSelector('html[data-ready="true"]');
    const withMap = await app.open('/services/svc-lister-maternity-wards');
    await withMap.waitForSelector('.service-map[data-map-status="ready"]');
    expect(await cspViolations(page)).toEqual([]);
    expect(await cspViolations(withMap)).toEqual([]);
    await page.close();
    await withMap.close();
    expect(app.errors).toEqual([]);
  });
});
