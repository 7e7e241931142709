/**
 * Presentation mode for a home visit (issue 18): no site header or navigation, large step text,
 * Back and Next by button, arrow keys and swipes (touch events), offline; the language switched in
 * place; "Give to family" at the end with the QR code in the first screen; leaving returns to the
 * same step; axe finds nothing; and the same at 200% text and with reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newAppContext, openApp, useBrowser, waitForServiceWorker } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const START = '/contact/concern?handover=1';
const browser = useBrowser();

async function tablet(options: { width?: number; height?: number; reducedMotion?: 'reduce' } = {}): Promise<BrowserContext> {
  const { context } = await newAppContext(browser(), {
    viewport: { width: options.width ?? 360, height: options.height ?? 640 },
    hasTouch: true,
    reducedMotion: options.reducedMotion,
  });
  return context;
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

/** A finger dragged sideways across the screen by `dx` px, as Chromium's touch events report it. */
function swipe(page: Page, dx: number): Promise<void> {
  return page.evaluate((distance) => {
    const target = document.querySelector('main')!;
    const at = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
    target.dispatchEvent(new TouchEvent('touchstart', { touches: [at(180)], changedTouches: [at(180)], bubbles: true }));
    target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [at(180 + distance)], bubbles: true }));
  }, dx);
}

/** Picks an answer, then takes focus off the radios (whose arrow keys are their own). */
async function choose(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check();
  await page.locator('h1').focus();
}

/** The ids of the WCAG rules axe finds broken on the page as it is now. */
const axeViolations = (page: Page) =>
  new AxeBuilder({ page })
    .withTags(TAGS)
    .analyze()
    .then((r) => r.violations.map((v) => v.id));

async function expectPresentation(page: Page): Promise<void> {
  expect(await page.locator('header.header').count()).toBe(0);
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  expect(await page.locator('footer').count()).toBe(0);
  expect(await page.getByRole('button', { name: /Exit this page/ }).isVisible()).toBe(true);
}

describe.each([
  ['default', {}],
  ['reduced motion', { reducedMotion: 'reduce' as const }],
])('presentation mode (%s)', (_, options) => {
  it('moves between steps by button, arrow keys and swipe, offline, with no site navigation and large text', async () => {
    const context = await tablet(options);
    const page = await openApp(context, START);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await h1(page, 'How urgent is it?');
    await expectPresentation(page);
    const sizes = await page.locator('.radios__label, h1').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);

    // Next by the keyboard's right arrow.
    await choose(page, 'It is not urgent: I want advice about my child');
    await page.keyboard.press('ArrowRight');
    await h1(page, 'Where do you live?');
    // Back by the left arrow, with the answer still chosen.
    await page.keyboard.press('ArrowLeft');
    await h1(page, 'How urgent is it?');
    expect(await page.getByLabel('It is not urgent: I want advice about my child', { exact: true }).isChecked()).toBe(true);
    // Next by a swipe to the left, Back by a swipe to the right.
    await swipe(page, -150);
    await h1(page, 'Where do you live?');
    await swipe(page, 150);
    await h1(page, 'How urgent is it?');
    // A short swipe is not a move.
    await swipe(page, -20);
    expect(await page.locator('h1').textContent()).toBe('How urgent is it?');
    // Next and Back by the buttons.
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Where do you live?');
    await choose(page, 'West Essex: Epping Forest, Harlow or Uttlesford');
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'What is your concern about?');
    await page.getByRole('link', { name: 'Back' }).click();
    await h1(page, 'Where do you live?');
    expect(page.url()).toContain('handover=1');
    await expectPresentation(page);
    await context.close();
  });
});

describe('presentation mode', () => {
  it('switches language in place, ends at "Give to family" with the QR code in the first screen, and leaves at the same step', async () => {
    const context = await tablet();
    const page = await openApp(context, '/contact/concern?a=urgency:advice,advice-area:essex&handover=1');
    await h1(page, 'What is your concern about?');
    expect(await axeViolations(page)).toEqual([]);

    // The language, switched in place: still presenting, same step.
    await page.locator('.language-switcher__toggle').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    expect(new URL(page.url()).search).toBe('?a=urgency:advice,advice-area:essex&handover=1');
    expect(await page.locator('header.header').count()).toBe(0);
    await page.locator('.language-switcher__toggle').click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // To the end: the ending, then Next gives the contacts, QR code first.
    await choose(page, 'Talking, moving or learning');
    await page.keyboard.press('ArrowRight');
    await h1(page, 'Advice about your child’s development');
    await page.keyboard.press('ArrowRight');
    await h1(page, 'Give these contacts to the family');
    const qr = await page.locator('svg.qr-code').boundingBox();
    expect(qr && qr.y >= 0 && qr.y + qr.height <= 640).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Back returns to the ending; leaving presentation mode keeps that same ending, with the site header back.
    await page.keyboard.press('ArrowLeft');
    await h1(page, 'Advice about your child’s development');
    await page.getByRole('link', { name: 'Leave hand-over mode' }).click();
    await page.locator('header.header').waitFor();
    expect(new URL(page.url()).search).toBe('?a=urgency:advice,advice-area:essex,topic:development');
    expect(await page.locator('h1').textContent()).toBe('Advice about your child’s development');
    await context.close();
  });

  it('uses two columns on a tablet held sideways', async () => {
    const context = await tablet({ width: 1024, height: 768 });
    const page = await openApp(context, '/contact/concern?handover=1');
    const title = await page.locator('h1').boundingBox();
    const answers = await page.locator('.radios').boundingBox();
    // The answers sit beside the question, not under it.
    expect(answers!.x).toBeGreaterThan(title!.x + title!.width - 1);
    expect(answers!.y).toBeLessThan(title!.y + title!.height);
    await context.close();
  });

  it('at 200% text still fits the screen and keeps Back and Next in reach', async () => {
    const context = await tablet({ width: 360, height: 640 });
    const page = await openApp(context, START);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await choose(page, 'It is not urgent: I want advice about my child');
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Where do you live?');
    await context.close();
  });

  it('prints the contacts, the QR code and the date it was given on one page', async () => {
    const context = await tablet();
    const page = await openApp(context, '/contact/concern/give?a=urgency:emergency&handover=1');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg.qr-code').isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toMatch(/Given on \d{1,2} \w+ \d{4}/);
    expect(await page.locator('.presentation-bar').isVisible()).toBe(false);
    await context.close();
  });
});
