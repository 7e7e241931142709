/**
 * UK terms explained once, where they first appear and on /words, in the family's language.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './browser';

const LANGUAGES = ['en', 'pl', 'ro', 'uk', 'ur', 'bn', 'ar'];

describe('UK terms explained', () => {
  const browser = useBrowser();

  it.each(LANGUAGES)('/words explains every term in %s', async (language) => {
    const context = await browser().newContext({ baseURL: inject('baseURL') });
    await context.addInitScript((code) => localStorage.setItem('bsf:language', code), language);
    const page = await openApp(context, '/words');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const terms = await page.locator('.terms-list dt').allTextContents();
    expect(terms.length).toBeGreaterThanOrEqual(10);
    const meanings = await page.locator('.terms-list dd').allTextContents();
    // In another language the meanings are that language's, not the English left in place.
    if (language !== 'en') expect(meanings.join(' ')).not.toContain('health visitor');
    await context.close();
  });

  it('explains SENDIASS on its own service page in Arabic, in a disclosure under the description', async () => {
    const context = await browser().newContext({ baseURL: inject('baseURL'), viewport: { width: 360, height: 640 } });
    await context.addInitScript(() => localStorage.setItem('bsf:language', 'ar'));
    const page = await openApp(context, '/services/svc-herts-sendiass');
    const disclosure = page.locator('details.terms-explained');
    expect(await disclosure.locator('summary').textContent()).toBe('ماذا تعني بعض الكلمات في هذه الصفحة');
    await disclosure.locator('summary').click();
    const terms = await disclosure.locator('dt').allTextContents();
    expect(terms).toContain('SENDIASS');
    expect(await disclosure.locator('dd').first().textContent()).toMatch(/[\u0600-\u06FF]/);
    await context.close();
  });
});
