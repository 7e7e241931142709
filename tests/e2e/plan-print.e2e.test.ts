/**
 * "Give to family" for a family with several children: the printed plan (A4) keeps every child's
 * upcoming items on one page for three and for four children, each child's name above their list,
 * and the QR code on the same page. Three children used to spill onto a second page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFinished as onExit } from 'vitest';
import { useAppContext, waitForAppReady } from './browser';
import { addChild, countPdfPages } from './plan-form';

/** The printed list: each child's name and its lines, as the print shows them. */
const printedChildren = (page: Page) =>
  page.locator('.plan-print__child').evaluateAll((children) =>
    children.map((child) => ({
      name: child.querySelector('.plan-print__name')?.textContent ?? '',
      lines: [...child.querySelectorAll('li')].map((li) => li.textContent ?? ''),
    })),
  );

describe('printing the plan for several children', () => {
  const app = useAppContext();
  let page: Page;

  beforeAll(async () => {
    page = await app.open('/');
    // "Today" is fixed, so which items are upcoming does not drift with the calendar.
    await page.clock.setFixedTime(new Date('2026-11-29T12:00:00Z'));
    await page.getByRole('link', { name: "My family's plan: what comes next" }).click();
    await waitForAppReady(page);
    // A baby on the way (every item ahead), a newborn, a toddler: the longest plans there are.
    await addChild(page, 'Due date', '20', '5', '2027', 'Child 1: Due 20 May 2027');
    await addChild(page, 'Date of birth', '3', '10', '2026', 'Child 2: Born 3 October 2026');
    await addChild(page, 'Date of birth', '15', '1', '2025', 'Child 3: Born 15 January 2025');
  });

  it('three children: one A4 page, every child named with their upcoming items', async () => {
    await page.emulateMedia({ media: 'print' });
    onExit(() => page.emulateMedia({ media: 'screen' }));
    const children = await printedChildren(page);
    expect(children.map((c) => c.name)).toEqual([
      'Child 1: Due 20 May 2027',
      'Child 2: Born 3 October 2026',
      'Child 3: Born 15 January 2025',
    ]);
    expect(children[0]!.lines).toContain('RSV vaccine: 25 February 2027 to 20 May 2027');
    expect(children[2]!.lines).toContain('Starts Reception: 1 September 2029');
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });

  it('four children: still one A4 page', async () => {
    await addChild(page, 'Date of birth', '2', '3', '2023', 'Child 4: Born 2 March 2023');
    await page.emulateMedia({ media: 'print' });
    onExit(() => page.emulateMedia({ media: 'screen' }));
    const children = await printedChildren(page);
    expect(children).toHaveLength(4);
    expect(children[3]!.lines).toContain('Starts Reception: 1 September 2027');
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});
