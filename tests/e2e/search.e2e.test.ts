import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppContext, waitForAppReady, waitForServiceWorker } from './browser';

const resultNames = (page: Page) => page.locator('.search-results .card__title').allTextContents();
const status = (page: Page) => page.locator('.result-count').textContent();

describe('find a service', () => {
  const app = useAppContext();

  it('types a query, sets two filters, reloads to the same results, and Back restores the previous state', async () => {
    const page = await app.open('/search');
    await page.getByRole('searchbox').fill('vitamns');
    await page.waitForURL(/q=vitamns/);
    await page.locator('.result-count').filter({ hasText: 'found for “vitamns”' }).waitFor();
    const typed = await resultNames(page);
    expect(typed.join('|')).toContain('Healthy Start vitamins');
    expect((await page.locator('.search-results mark').allTextContents()).map((m) => m.toLowerCase())).toContain('vitamins');

    await page.locator('summary.filters__summary').click();
    await page.getByLabel('Free only', { exact: true }).check();
    await page.waitForURL(/free=1/);
    const afterOne = await resultNames(page);
    await page.getByLabel('Online', { exact: true }).check();
    await page.waitForURL(/how=online/);
    const afterTwo = await resultNames(page);
    const statusTwo = await status(page);
    expect(statusTwo).toContain('with 2 filters');

    await page.reload();
    await waitForAppReady(page);
    await page.locator('.result-count').filter({ hasText: 'with 2 filters' }).waitFor();
    expect(await resultNames(page)).toEqual(afterTwo);
    expect(await page.getByRole('searchbox').inputValue()).toBe('vitamns');
    expect(await page.getByLabel('Online', { exact: true }).isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('how=online'));
    await page.locator('.result-count').filter({ hasText: 'with 1 filter' }).waitFor();
    expect(await resultNames(page)).toEqual(afterOne);
    expect(await page.getByLabel('Online', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel('Free only', { exact: true }).isChecked()).toBe(true);
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('saves two services, and both are still listed offline after a reload', async () => {
    const page = await app.open('/search?q=breastfeeding');
    await waitForServiceWorker(page);
    await page.goto('/search?q=breastfeeding');
    await waitForAppReady(page);
    const saveButtons = page.locator('.search-results .save-button');
    await saveButtons.nth(0).click();
    await saveButtons.nth(1).click();
    const names = (await resultNames(page)).slice(0, 2);
    await app.context.setOffline(true);
    await page.goto('/saved');
    await page.reload();
    await waitForAppReady(page);
    await page.getByText('2 saved services').waitFor();
    const saved = await page.locator('.card__title').allTextContents();
    expect([...saved].sort()).toEqual([...names].sort());
    await app.context.setOffline(false);
    await page.close();
  });

  it('loads with a corrupted saved list and says it could not be read', async () => {
    const page = await app.open('/');
    await page.evaluate(() => localStorage.setItem('bsf:saved:v2', '{not json'));
    await page.goto('/saved');
    await waitForAppReady(page);
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Saved services');
    await page.close();
  });
});
