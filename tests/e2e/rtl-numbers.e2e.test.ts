/**
 * In Arabic and Urdu, phone numbers read in the right order on screen: "0300 123 4043", not
 * "4043 123 0300". Measured in Chromium: wherever a spaced number appears (service page, pathway
 * ending, the printable hand-over sheet), its first group of digits sits left of its last.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { openApp, useBrowser } from './browser';
import { decodePng } from './png';

interface Misread {
  number: string;
  firstLeft: number;
  lastLeft: number;
}

/** Every on-screen occurrence of each spaced number under <main>, with its first and last group's positions. */
async function measureNumbers(page: Page): Promise<{ seen: string[]; misread: Misread[] }> {
  return page.evaluate(() => {
    const seen: string[] = [];
    const misread: { number: string; firstLeft: number; lastLeft: number }[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\d{2,5}(?: \d{3,6})+/g)) {
        const element = node.parentElement;
        if (!element || element.getClientRects().length === 0) continue;
        const groups = match[0].split(' ');
        const first = groups[0] as string;
        const last = groups[groups.length - 1] as string;
        const start = match.index ?? 0;
        const rectOf = (from: number, length: number) => {
          const range = document.createRange();
          range.setStart(node as Node, from);
          range.setEnd(node as Node, from + length);
          return range.getBoundingClientRect();
        };
        const firstRect = rectOf(start, first.length);
        const lastRect = rectOf(start + match[0].length - last.length, last.length);
        // A number broken across lines can't be compared left to right.
        if (Math.abs(firstRect.top - lastRect.top) > 2) continue;
        seen.push(match[0]);
        if (!(firstRect.left < lastRect.left)) misread.push({ number: match[0], firstLeft: firstRect.left, lastLeft: lastRect.left });
      }
    }
    return { seen, misread };
  });
}

const PAGES = [
  // A service page: its numbers in "Call …" links.
  { path: '/services/svc-herts-childrens-services-concern', expect: '0300 123 4043' },
  // A pathway ending with several local numbers.
  { path: '/contact/community?a=area:unsure,need:pregnancy,pregnancy-urgency:later', expect: '01438 284072' },
  // The sheet a health visitor prints for the family.
  { path: '/contact/community/give?a=area:unsure,need:pregnancy,pregnancy-urgency:later', expect: '01279 827107' },
];

describe('phone numbers in right-to-left languages', () => {
  const browser = useBrowser();

  for (const language of ['ar', 'ur']) {
    it.each(PAGES)(`reads every spaced number left to right on $path (${language})`, async ({ path, expect: number }) => {
      const context = await browser().newContext({ baseURL: inject('baseURL'), viewport: { width: 360, height: 640 } });
      await context.addInitScript((code) => localStorage.setItem('bsf:language', code), language);
      const page = await openApp(context, path);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const { seen, misread } = await measureNumbers(page);
      expect(seen).toContain(number);
      expect(misread).toEqual([]);
      await context.close();
    });
  }

  it('keeps each number isolated in the QR text, so the family’s phone shows it the right way round (ar)', async () => {
    const context = await browser().newContext({ baseURL: inject('baseURL') });
    await context.addInitScript(() => localStorage.setItem('bsf:language', 'ar'));
    const page = await openApp(context, '/contact/concern/give?a=urgency:advice,advice-area:essex,topic:development');
    const png = await page.locator('svg.qr-code').screenshot();
    const { width, height, data } = decodePng(png);
    const text = jsQR(data, width, height)?.data ?? '';
    expect(text).toContain('\u20680300 247 0122\u2069');
    await context.close();
  });
});
