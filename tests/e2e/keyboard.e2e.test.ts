/**
 * The keyboard-only journey (WCAG 2.1.1, 2.4.1, 2.4.7, 2.4.11): skip link, search, open a service,
 * save it, find it on the Saved page, follow "Who can I contact?" to an ending, with only Tab,
 * Shift+Tab, Enter, Space and typing. At every Tab stop focus must be visible and not covered.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newAppContext, openApp, useAppContext, useBrowser, waitForAppReady } from './browser';
import { inspectFocus, tabTo, type Focused } from './focus';

const heading = (page: Page) => page.locator('h1').first().textContent();

/**
 * After an in-app link: the page called `name` has rendered alone (while its code loads, the router
 * can keep the old page in the document, re-rendered for the new address) and its frame's effect
 * has run: that effect sets the document title and moves focus to the h1 in the same step, so the
 * title means focus has moved. Focus is then on that h1 or, when the page's code had to load first,
 * back at the start of the document; Tab works from either.
 */
async function arrived(page: Page, url: RegExp, name: string): Promise<void> {
  await page.waitForURL(url);
  await page.waitForFunction((expected) => {
    const headings = document.querySelectorAll('h1');
    return (
      headings.length === 1 &&
      headings[0]?.textContent === expected &&
      document.documentElement.dataset.ready === 'true' &&
      document.title.startsWith(expected)
    );
  }, name);
}

/**
 * After a pathway step: its h1 is shown and the page's effect has moved focus to it, so the next
 * Tab starts from the heading (pressing Tab before the effect runs would race it).
 */
async function stepShown(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.waitForFunction((text) => {
    const active = document.activeElement;
    return active?.tagName === 'H1' && active.textContent === text;
  }, name);
}

/** Shift+Tab back to a header link; on a phone the navigation is behind "Menu", which Enter opens. */
async function tabBackToNavLink(page: Page, href: string, problems: string[]): Promise<void> {
  const isMenu = (f: Focused) => f.tag === 'button' && f.name.startsWith('Menu');
  const reached = await tabTo(page, (f) => (f.tag === 'a' && f.href === href) || isMenu(f), problems, { backwards: true });
  if (!isMenu(reached)) return;
  await page.keyboard.press('Enter');
  await tabTo(page, (f) => f.tag === 'a' && f.href === href, problems);
}

describe.each([360, 1280])('keyboard only at %i px', (width) => {
  const app = useAppContext({ viewport: { width, height: 720 } });

  it('searches, opens and saves a service, finds it in Saved, and follows a pathway to its end', async () => {
    const problems: string[] = [];
    const page = await app.open('/');

    // The first Tab on a fresh page is the skip link, and it takes focus to the main content.
    await page.keyboard.press('Tab');
    const first = await inspectFocus(page);
    expect(first?.name).toBe('Skip to main content');
    expect(first?.problems).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    // Search from the home page.
    await tabTo(page, (f) => f.id === 'search-q', problems);
    await page.keyboard.type('vitamins');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=vitamins/);
    await waitForAppReady(page);
    await page.locator('.card a[href^="/services/"]').first().waitFor();

    // Open the first result.
    const result = await tabTo(page, (f) => f.tag === 'a' && (f.href ?? '').startsWith('/services/'), problems);
    const serviceId = result.href!.split('/').pop()!;
    await page.keyboard.press('Enter');
    await arrived(page, new RegExp(`/services/${serviceId}$`), result.name);
    expect(await heading(page)).toBe(result.name);

    // Save it with Space.
    const save = await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith('Save'), problems);
    expect(save.name).toContain(result.name);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');

    // Back up to the navigation and open Saved: the service is listed.
    await tabBackToNavLink(page, '/saved', problems);
    await page.keyboard.press('Enter');
    await arrived(page, /\/saved$/, 'Saved services');
    await tabTo(page, (f) => f.tag === 'a' && f.href === `/services/${serviceId}`, problems);

    // "Who can I contact?": a concern, urgent, to its ending.
    await tabBackToNavLink(page, '/contact', problems);
    await page.keyboard.press('Enter');
    await arrived(page, /\/contact$/, 'Who can I contact?');
    await tabTo(page, (f) => f.tag === 'a' && f.name === 'I’m worried about my child and want advice', problems);
    await page.keyboard.press('Enter');
    await stepShown(page, 'How urgent is it?');
    await tabTo(page, (f) => f.tag === 'input' && f.type === 'radio', problems);
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Continue', problems);
    await page.keyboard.press('Enter');
    await stepShown(page, 'Call 999 now');
    // The first contact's call link is the next thing reached.
    await tabTo(page, (f) => f.tag === 'a' && f.href === 'tel:999', problems);

    expect(problems).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

describe('focus after following a link', () => {
  const browser = useBrowser();

  it.each(['/search?q=vitamins', '/life-stages/stage-pregnancy', '/'])(
    'moves focus to the new page heading when the first page was %s',
    async (start) => {
      const { context } = await newAppContext(browser());
      const page = await openApp(context, start);
      const before = await heading(page);
      // Follow the first link inside the main content with the keyboard.
      await page.locator('main a[href^="/"]').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((old) => {
        const h1 = document.querySelector('h1');
        return h1 !== null && h1.textContent !== old && document.documentElement.dataset.ready === 'true';
      }, before);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await context.close();
    },
  );
});
