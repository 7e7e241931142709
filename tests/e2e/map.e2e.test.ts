import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { expectOffline, isNetworkProbe, useAppContext, waitForAppReady, waitForServiceWorker } from './browser';
import area from '../../data/area.json';

// The acceptance test for the offline map: after one online visit, /map draws the district
// boundaries (every district in data/area.json) and the service markers with no network, and postcode search still works.
// Any tiles the online visit cached are dropped before going offline, so the map has to stand on
// its vector layers. (The test machine has no route to the tile server anyway.)

/** How many district boundaries the map must draw. */
const DISTRICTS = area.districts.length;
const TILE_URL = /^https:\/\/tile\.openstreetmap\.org\//;
// Chromium logs each failed request as "Failed to load resource" without its URL; the failed
// requests themselves are checked (all tiles) through requestfailed instead.
const withoutFailedLoads = (errors: string[]) => errors.filter((e) => !e.includes('Failed to load resource'));

/**
 * The interactive map is made ("ready"), then its markers are drawn by an effect after that render
 * (data-points on the canvas): wait for both before reading what it shows.
 */
async function mapDrawn(page: Page): Promise<void> {
  await page.waitForSelector('.service-map[data-map-status="ready"] .service-map__canvas[data-points]');
}

/** Opens the page, then the interactive map from the still one shown first; returns the page's response. */
async function openMap(page: Page, path = '/map'): Promise<Response | null> {
  const response = await page.goto(path);
  await waitForAppReady(page);
  await page.getByRole('button', { name: 'Zoom and move the map' }).click();
  await mapDrawn(page);
  return response;
}

describe('the map offline after the first visit', () => {
  const app = useAppContext();
  let page: Page;
  const failedRequests: string[] = [];

  beforeAll(async () => {
    app.context.on('requestfailed', (request) => failedRequests.push(request.url()));
    // The first visit: the home page installs the worker, then the map is opened once online.
    page = await app.open('/');
    await waitForServiceWorker(page);
    await openMap(page);
    await page.evaluate(() => caches.delete('map-tiles'));
    await app.context.setOffline(true);
  });

  it('shows a still map of every place with no network, and loads the real one when asked', async () => {
    await page.goto('/map');
    await waitForAppReady(page);
    await page.waitForFunction((count) => document.querySelectorAll('[data-static-map] path.map-district').length === count, DISTRICTS);
    expect(await page.locator('[data-static-map] path.map-outline').count()).toBe(2);
    const dots = await page.locator('[data-static-map] circle.static-map__point').count();
    // Leaflet (its own chunk) is not even loaded until the parent asks for the real map.
    expect(await page.locator('.leaflet-container').count()).toBe(0);

    await page.getByRole('button', { name: 'Zoom and move the map' }).click();
    await mapDrawn(page);
    expect(await page.locator('[data-static-map]').count()).toBe(0);
    expect(Number(await page.locator('.service-map__canvas').getAttribute('data-points'))).toBe(dots);
    // Keyboard users carry on inside the map, not back at the top of the page.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('service-map__canvas'))).toBe(true);
  });

  it("draws area.json's district boundaries and every service marker with no network", async () => {
    await expectOffline(page, await openMap(page));

    await page.waitForFunction((count) => document.querySelectorAll('.map-basemap path.map-district').length === count, DISTRICTS);
    expect(await page.locator('.map-basemap path.map-district').count()).toBe(DISTRICTS);
    expect(await page.locator('.map-basemap path.map-outline').count()).toBe(2);

    // Each marker says how many places it stands for; together they cover every place.
    const points = Number(await page.locator('.service-map__canvas').getAttribute('data-points'));
    expect(points).toBeGreaterThan(5);
    const counts = await page.locator('.map-marker').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.count)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(points);

    // Town names stand in for tiles: the street map is off until asked for, so nothing was requested.
    expect(await page.locator('.map-town').count()).toBeGreaterThan(5);
    expect(failedRequests.filter((url) => TILE_URL.test(url))).toEqual([]);

    // Asking for the street map with no network: the page says why the map stays plain.
    await page.getByRole('button', { name: 'Show street map' }).click();
    await page.getByText('The detailed map needs a connection').waitFor();
    expect(await page.locator('.map-town').count()).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Hide street map' }).click();
    expect(withoutFailedLoads(app.errors)).toEqual([]);
    expect(failedRequests.filter((url) => !TILE_URL.test(url) && !isNetworkProbe(url))).toEqual([]);
  });

  it('finds the nearest services to a postcode offline, nearest first', async () => {
    await openMap(page);
    await page.getByLabel('Postcode').fill('sg1 1aa');
    await page.getByRole('button', { name: 'Find services' }).click();
    await page.getByRole('heading', { name: 'Services near SG1 1AA' }).waitFor();
    const first = page.locator('.near-list > li').first();
    expect(await first.getAttribute('data-location-id')).toBe('loc-family-centre-stevenage');
    expect(await first.textContent()).toContain('0.4 miles away');
    expect(new URL(page.url()).search).toBe('?postcode=SG1%201AA');
  });

  it('opens a service summary from a marker with the keyboard', async () => {
    await openMap(page, '/map?postcode=SG1%201AA');
    const marker = page.locator('.map-marker[aria-label^="Family Centre Service, Stevenage base"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.leaflet-popup .map-popup a', { hasText: 'Family Centre Service' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/services/svc-herts-family-centre-service');
    // Focus moves into the summary, so keyboard users can follow the link straight away.
    expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
  });

  it('shows the GOV.UK error summary for a postcode that does not exist', async () => {
    await openMap(page);
    await page.getByLabel('Postcode').fill('XX99 9ZZ');
    await page.getByRole('button', { name: 'Find services' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('We could not find the postcode XX99 9ZZ');
    // Focus lands on the summary (after the render that shows it, so poll rather than read once).
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await page.title()).toMatch(/^Error: /);
    // The summary links to the field.
    await summary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('postcode');
  });

  it('says plainly when the location is not shared, and keeps the list', async () => {
    await openMap(page);
    // The context grants no permissions, so the browser refuses the position.
    await page.getByRole('button', { name: 'Use my location' }).click();
    const message = page.getByRole('alert').filter({ hasText: 'Enter a postcode instead' });
    await message.waitFor();
    expect(await page.locator('.near-list > li').count()).toBeGreaterThan(5);
  });

  it('says a postcode outside the area is outside, and still lists the nearest services', async () => {
    await openMap(page, '/map?postcode=OX1%201AA');
    await page.getByText('OX1 1AA is outside Hertfordshire and west Essex').waitFor();
    expect(await page.locator('.near-list > li').first().getAttribute('data-location-id')).toBe('loc-family-centre-hemel-hempstead');
  });
});
