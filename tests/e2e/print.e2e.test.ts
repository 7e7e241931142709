/**
 * "Give to family" prints as one A4 page: the hand-over sheet a health visitor leaves behind.
 * Checked on the longest ending (seven contacts, area not known) and the emergency one.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './browser';

const countPdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('printing the contacts for a family', () => {
  const browser = useBrowser();

  it.each([
    ['/contact/community/give?a=area:unsure,need:pregnancy,pregnancy-urgency:later', ['01438 284072', '01279 827107', '0300 247 0122']],
    ['/contact/concern/give?a=urgency:emergency', ['999', '111']],
  ])('%s fits one A4 page, contacts included', async (path, numbers) => {
    const context = await browser().newContext({ baseURL: inject('baseURL') });
    const page = await openApp(context, path);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    for (const number of numbers) expect(printed).toContain(number);
    expect(
      await page.locator('.header, .footer, .language-switcher').evaluateAll((els) => els.map((e) => getComputedStyle(e).display)),
    ).toEqual(['none', 'none', 'none']);
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });
});
