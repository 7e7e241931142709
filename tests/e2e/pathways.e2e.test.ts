/**
 * A health visitor's home visit, offline on a small phone: through one pathway to its end,
 * hand-over mode, a QR code read back by a real decoder, and a print page with no navigation.
 */
import jsQR from 'jsqr';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectOffline, useAppContext, waitForAppReady, waitForServiceWorker } from './browser';
import { decodePng } from './png';

async function answer(page: Page, question: string, choice: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: question }).waitFor();
  await page.getByLabel(choice, { exact: true }).check();
  // Presentation mode's Next sends the question as Continue does.
  await page.getByRole('button', { name: /^(Continue|Next)$/ }).click();
}

async function readQr(page: Page): Promise<string | undefined> {
  const png = await page.locator('svg.qr-code').screenshot();
  const { width, height, data } = decodePng(png);
  return jsQR(data, width, height)?.data;
}

describe('pathways offline, hand-over and give to family', () => {
  const app = useAppContext({ viewport: { width: 360, height: 640 } });
  let page: Page;

  beforeAll(async () => {
    page = await app.open('/');
    // As in offline.e2e.test.ts: let the first install finish before the reload that takes control.
    await page
      .getByRole('status')
      .filter({ hasText: 'Ready to use offline' })
      .waitFor()
      .catch(() => {});
    await waitForServiceWorker(page);
    await app.context.setOffline(true);
  });

  it('goes through the concern pathway to its end offline, with 999 first on the urgent route', async () => {
    await page.getByRole('link', { name: 'Who can I contact?' }).first().click();
    await page.getByRole('link', { name: 'I’m worried about my child and want advice' }).click();
    await answer(page, 'How urgent is it?', 'Someone is in danger or seriously ill right now');
    await page.getByRole('heading', { level: 1, name: 'Call 999 now' }).waitFor();
    await expectOffline(page);
    const first = page.locator('.pathway-contact').first();
    expect(await first.locator('h3').textContent()).toBe('999 emergency');
    expect(await first.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    // Back returns to the question with the answer still chosen.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'How urgent is it?' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Call 999 now' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('walks a non-urgent route one question per screen in hand-over mode, then gives the contacts as a QR code', async () => {
    await page.goto('/contact/concern?handover=1');
    await waitForAppReady(page);
    await answer(page, 'How urgent is it?', 'It is not urgent: I want advice about my child');
    await answer(page, 'Where do you live?', 'West Essex: Epping Forest, Harlow or Uttlesford');
    await answer(page, 'What is your concern about?', 'Talking, moving or learning');
    await page.getByRole('heading', { level: 1, name: 'Advice about your child’s development' }).waitFor();
    expect(new URL(page.url()).search).toBe('?a=urgency:advice,advice-area:essex,topic:development&handover=1');
    expect(await page.locator('.pathway--handover').count()).toBe(1);
    // Only west Essex's service, not Hertfordshire's.
    expect(await page.locator('.pathway-contact h3').allTextContents()).toEqual(['Essex Child and Family Wellbeing Service']);

    await page.getByRole('link', { name: 'Give to family' }).click();
    await page.getByRole('heading', { level: 1, name: 'Give these contacts to the family' }).waitFor();
    const expected = [
      'Who can I contact? Advice about your child’s development',
      '1. Essex Child and Family Wellbeing Service',
      '   Call 0300 247 0122',
    ].join('\n');
    expect(await readQr(page)).toBe(expected);

    await page.getByLabel('A link to this page').check();
    expect(await readQr(page)).toBe(`${inject('baseURL')}/contact/concern?a=urgency:advice,advice-area:essex,topic:development`);
    expect(app.errors).toEqual([]);
  });

  it('prints the contacts with no navigation', async () => {
    // Hand-over (presentation) mode has no site header, only a bar with the language and Exit: neither prints.
    const chrome = page.locator('header.header, .presentation-bar').first();
    expect(await chrome.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await chrome.isVisible()).toBe(false);
    expect(await page.locator('footer.footer').isVisible()).toBe(false);
    // No navigation of any kind on the printed page (the header nav, the language list).
    for (const nav of await page.locator('nav').all()) expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.locator('.give__text').textContent()).toContain('Call 0300 247 0122');
    await page.emulateMedia({ media: 'screen' });
  });
});
