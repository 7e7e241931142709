/**
 * Content first on a small phone (issue 18): on every page at 360 × 640 the page's heading starts
 * within the top 200 px; on the home page the search box and "Who can I contact?" are wholly in
 * the first screen, at 360 × 640 and at 320 × 568, in English and in Urdu. The compact header's
 * "Menu" and language list open, work by keyboard, and pass axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PAGES } from './pages';
import { newAppContext, openApp, useBrowser } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const browser = useBrowser();

async function phone(width: number, height: number, language: string): Promise<BrowserContext> {
  const { context } = await newAppContext(browser(), { viewport: { width, height } });
  await context.addInitScript((code) => localStorage.setItem('bsf:language', code), language);
  return context;
}

/** The element's box relative to the top of the first screen (the page is not scrolled). */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    });

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

describe.each(['en', 'ur'])('small phone, %s', (language) => {
  it('starts every page’s heading within the top 200 px at 360 × 640', async () => {
    const context = await phone(360, 640, language);
    const low: string[] = [];
    for (const path of PAGES) {
      const page = await openApp(context, path);
      const { top } = await box(page, 'h1');
      if (top > 200) low.push(`${path}: h1 at ${Math.round(top)} px`);
      await page.close();
    }
    await context.close();
    expect(low).toEqual([]);
  });

  it.each([
    [360, 640],
    [320, 568],
  ])('shows the search box and "Who can I contact?" in the first screen of home at %i × %i', async (width, height) => {
    const context = await phone(width, height, language);
    const page = await openApp(context, '/');
    for (const selector of ['#search-q', 'main a[href="/contact"]']) {
      const { top, bottom, left, right } = await box(page, selector);
      expect({ selector, top: top >= 0, bottom: Math.ceil(bottom) <= height, sideways: left >= 0 && right <= width }).toEqual({
        selector,
        top: true,
        bottom: true,
        sideways: true,
      });
    }
    await context.close();
  });
});

describe('the compact header on a phone', () => {
  it('hides the navigation behind "Menu", which opens and closes by keyboard', async () => {
    const context = await phone(360, 640, 'en');
    const page = await openApp(context, '/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link', { name: 'Saved' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Escape closes it and gives focus back to "Menu".
    await nav.getByRole('link', { name: 'Saved' }).focus();
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Menu');
    // Following a link closes the menu, so the next page's heading is in the first screen.
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Saved' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved services' }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    expect((await box(page, 'h1')).top).toBeLessThanOrEqual(200);
    await context.close();
  });

  it.each(['en', 'ur'])('offers every language in its own name from one control (%s)', async (language) => {
    const context = await phone(320, 568, language);
    const page = await openApp(context, '/');
    const own = language === 'en' ? 'English' : 'اردو';
    const toggle = page.locator('.language-switcher__toggle');
    expect(await toggle.locator('span[lang]').textContent()).toBe(own);
    const list = page.locator('#language-list button');
    expect(await page.locator('button.language-switcher__option').first().isVisible()).toBe(false);
    await toggle.click();
    expect(await list.allInnerTexts()).toEqual(['English', 'Polski', 'Română', 'Українська', 'اردو', 'বাংলা', 'العربية']);
    // The open list fits the narrow screen and passes axe.
    const panel = await box(page, '.language-switcher__panel');
    expect(panel.left >= 0 && panel.right <= 320).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Choosing a language by keyboard switches the page and closes the list.
    await page.locator(`button.language-switcher__option[lang="${language === 'en' ? 'pl' : 'en'}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((code) => document.documentElement.lang === code, language === 'en' ? 'pl' : 'en');
    expect(await page.locator('button.language-switcher__option').first().isVisible()).toBe(false);
    expect(await toggle.locator('span[lang]').textContent()).toBe(language === 'en' ? 'Polski' : 'English');
    await context.close();
  });

  it('keeps "Exit this page" in the first screen and narrower than the page', async () => {
    const context = await phone(320, 568, 'en');
    const page = await openApp(context, '/');
    const exit = await box(page, '.exit-this-page__button');
    expect(exit.bottom).toBeLessThanOrEqual(120);
    expect(exit.right - exit.left).toBeLessThan(320 * 0.6);
    await context.close();
  });

  it.each(['en', 'ur'])('at 200% text on a 320 px phone the header wraps within the screen and Menu still opens (%s)', async (language) => {
    const context = await phone(320, 568, language);
    const page = await openApp(context, '/');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    // Every visible part of the header (the page below is the page's own business) stays inside the screen.
    const outside = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('header *')]
            .filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.left < -1 || r.right > innerWidth + 1).length,
      );
    expect(await outside()).toBe(0);
    await page.locator('.header__menu-button').click();
    await page
      .getByRole('navigation', { name: language === 'en' ? 'Main' : undefined })
      .locator('a[href="/saved"]')
      .waitFor();
    await page.locator('.language-switcher__toggle').click();
    const panel = await box(page, '.language-switcher__panel');
    expect(panel.left >= 0 && panel.right <= 320).toBe(true);
    expect(await outside()).toBe(0);
    await context.close();
  });

  it('opens the menu and the language list at once with reduced motion', async () => {
    const context = await browser().newContext({
      baseURL: inject('baseURL'),
      viewport: { width: 360, height: 640 },
      reducedMotion: 'reduce',
    });
    const page = await openApp(context, '/');
    await page.locator('.header__menu-button').click();
    await page.locator('.language-switcher__toggle').click();
    // Nothing in the header slides or fades in: no animation or transition is running there.
    // (The reduced-motion rule shortens any to 0.01 ms; on a busy machine one may still be "running".)
    const durations = await page.evaluate(() =>
      document
        .querySelector('header')!
        .getAnimations({ subtree: true })
        .map((a) => Number(a.effect?.getTiming().duration ?? 0)),
    );
    expect(durations.filter((ms) => ms > 0.01)).toEqual([]);
    expect(await page.locator('#site-navigation a[href="/saved"]').isVisible()).toBe(true);
    expect(await page.locator('#language-list').isVisible()).toBe(true);
    await context.close();
  });
});
