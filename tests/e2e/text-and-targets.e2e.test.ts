/**
 * Reading and pressing, beyond axe: text at 200% (WCAG 1.4.4) is never cut off and the page does
 * not scroll sideways; every target is at least 24 px or has room around it (2.5.8); nothing moves
 * when the device asks for reduced motion (2.3.3); and hand-over mode shows English alongside.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newAppContext, openApp, useBrowser, waitForAppReady } from './browser';
import { clippedText, smallTargets } from './layout-checks';

const MAIN_PAGES = [
  '/',
  '/search?q=vitamins',
  '/life-stages/stage-pregnancy',
  '/categories/cat-urgent-help',
  '/services/svc-healthy-start',
  '/contact',
  '/contact/concern',
  '/contact/concern?a=urgency:emergency',
  '/contact/concern/give?a=urgency:emergency',
  '/contact/concern?a=urgency:emergency&handover=1',
  '/map',
  '/saved',
  '/about',
  '/privacy',
  '/leave-quickly',
];

const browser = useBrowser();

async function contextAt(width: number, language = 'en'): Promise<BrowserContext> {
  const { context } = await newAppContext(browser(), { viewport: { width, height: 800 } });
  await context.addInitScript((code) => localStorage.setItem('bsf:language', code), language);
  return context;
}

/** Lets layout settle after a style change (two frames). */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe('text and targets', () => {
  it.each(['en', 'ur'])('keeps all text readable at double size on a 1280 px screen (%s)', async (language) => {
    const context = await contextAt(1280, language);
    const problems: string[] = [];
    for (const path of MAIN_PAGES) {
      const page = await openApp(context, path);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await settle(page);
      problems.push(...(await clippedText(page)).map((p) => `${path}: ${p}`));
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it.each(['en', 'ur'])('makes every target at least 24 px, or spaced, on a 360 px phone (%s)', async (language) => {
    const context = await contextAt(360, language);
    const problems: string[] = [];
    for (const path of MAIN_PAGES) {
      const page = await openApp(context, path);
      problems.push(...(await smallTargets(page)).map((p) => `${path}: ${p}`));
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('reduced motion', () => {
  it('zooms and pans the map without animation when the device asks for less motion', async () => {
    const context = await contextAt(1280);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/map');
    await waitForAppReady(page);
    await page.getByRole('button', { name: 'Zoom and move the map' }).click();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    // Watches every frame for a while after a key or click: did Leaflet mark a pane as gliding
    // (its zoom and pan animations), did any CSS animation run, and where did the map end up?
    const watch = () =>
      page.evaluate(
        () =>
          new Promise<{ glided: boolean; animations: number; pane: string }>((done) => {
            const pane = document.querySelector('.leaflet-map-pane')!;
            let glided = false;
            let animations = 0;
            const end = performance.now() + 600;
            const frame = () => {
              glided ||= document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim') !== null;
              animations = Math.max(
                animations,
                document.getAnimations().filter((a) => Number(a.effect?.getTiming().duration ?? 0) > 1).length,
              );
              if (performance.now() < end) requestAnimationFrame(frame);
              else done({ glided, animations, pane: getComputedStyle(pane).transform });
            };
            frame();
          }),
      );
    const markerX = async () => (await page.locator('.leaflet-marker-icon').first().boundingBox())?.x;
    const before = await markerX();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const zoomed = watch();
    expect(await markerX()).not.toBe(before);
    expect(await zoomed).toMatchObject({ glided: false, animations: 0 });
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('ArrowRight');
    const panned = await watch();
    expect(panned).toMatchObject({ glided: false, animations: 0 });
    // The arrow key did move the map.
    expect(panned.pane).not.toBe('matrix(1, 0, 0, 1, 0, 0)');
    await context.close();
  });

  it('runs no CSS animation or transition on any main page', async () => {
    const context = await contextAt(360);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving: string[] = [];
    for (const path of MAIN_PAGES) {
      await page.goto(path);
      await waitForAppReady(page);
      const running = await page.evaluate(() =>
        document.getAnimations().flatMap((a) => {
          const duration = Number(a.effect?.getTiming().duration ?? 0);
          return duration > 1 ? [`${a.constructor.name} of ${duration}ms`] : [];
        }),
      );
      moving.push(...running.map((r) => `${path}: ${r}`));
    }
    await context.close();
    expect(moving).toEqual([]);
  });
});

describe('hand-over mode side by side', () => {
  const ENDING = '/contact/concern?a=urgency:emergency&handover=1';

  it('shows the ending in Urdu and English together, in two columns on a wide screen and stacked on a phone', async () => {
    const context = await contextAt(1280, 'ur');
    const page = await openApp(context, ENDING);
    expect(await page.locator('.side-by-side').count()).toBe(0);
    await page.getByRole('link', { name: /Show English alongside/ }).click();
    await page.waitForURL(/&both=1$/);
    const title = page.locator('.side-by-side').first();
    await title.waitFor();
    const urdu = title.locator('[lang="ur"][dir="rtl"]');
    const english = title.locator('[lang="en"][dir="ltr"]');
    expect(await english.textContent()).toContain('Call 999 now');
    // Side by side: the same row, the Urdu column on the right (right to left), English on the left.
    const [u, e] = [await urdu.boundingBox(), await english.boundingBox()];
    expect(Math.abs(u!.y - e!.y)).toBeLessThan(2);
    expect(u!.x).toBeGreaterThan(e!.x);

    // The choice is in the URL: kept on reload, undone by Back.
    await page.reload();
    await waitForAppReady(page);
    await title.waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    const [u2, e2] = [await urdu.boundingBox(), await english.boundingBox()];
    expect(e2!.y).toBeGreaterThanOrEqual(u2!.y + u2!.height);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('both=1'));
    await page.getByRole('link', { name: /Show English alongside/ }).waitFor();
    expect(await page.locator('.side-by-side').count()).toBe(0);
    await context.close();
  });
});
