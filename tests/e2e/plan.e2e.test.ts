/**
 * My family's plan, offline after the first visit: a due date and a date of birth in, the items
 * and their dates out, the whole plan as an .ics file (parsed here), and one printed A4 page.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOffline, newAppContext, openApp, useAppContext, useBrowser, waitForAppReady, waitForServiceWorker } from './browser';
import { addChild, countPdfPages } from './plan-form';

/** The .ics file's content lines, unfolded (RFC 5545 §3.1), each checked to end in CRLF. */
function contentLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

/** Each VEVENT as a map of its property names to values (the first VALARM's trigger kept apart). */
function events(lines: string[]): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  let inAlarm = false;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = undefined;
    } else if (line === 'BEGIN:VALARM') inAlarm = true;
    else if (line === 'END:VALARM') inAlarm = false;
    else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      current.set(inAlarm ? `ALARM-${name}` : name, line.slice(colon + 1));
    }
  }
  return found;
}

describe('my family plan, offline', () => {
  const app = useAppContext({ acceptDownloads: true });
  let page: Page;

  beforeAll(async () => {
    page = await app.open('/');
    await waitForServiceWorker(page);
    // "Today" is fixed, so which items are now, next or past does not drift with the calendar.
    await page.clock.setFixedTime(new Date('2026-11-29T12:00:00Z'));
    await app.context.setOffline(true);
    await page.getByRole('link', { name: "My family's plan: what comes next" }).click();
    await waitForAppReady(page);
    await page.getByRole('heading', { level: 1, name: "My family's plan" }).waitFor();
  });

  it('opens with the network gone', async () => {
    await expectOffline(page);
    expect(new URL(page.url()).pathname).toBe('/plan');
  });

  it('a due date: pregnancy items now and next, with their dates and sources', async () => {
    await addChild(page, 'Due date', '20', '5', '2027');
    const child = page.locator('section.plan-child', { has: page.getByRole('heading', { name: 'Child 1: Due 20 May 2027' }) });
    const now = child.locator('.plan-group--now');
    await expect.poll(() => now.locator('.plan-item__title').allTextContents()).toContain('Healthy Start');
    const rsv = child.locator('[data-item="rsv"]');
    expect(await rsv.locator('.plan-item__when').innerText()).toBe('25 February 2027 to 20 May 2027');
    expect(await rsv.locator('.plan-item__source').innerText()).toBe('Rule: §3d. Source: gov.uk (12 July 2024)');
    expect(await child.locator('[data-item="register-birth"] .plan-item__when').innerText()).toBe(
      'By 1 July 2027 (Worked out from the due date)',
    );
  });

  it('a date of birth: MMRV by date of birth, childcare terms and Reception', async () => {
    await addChild(page, 'Date of birth', '15', '1', '2025');
    const child = page.locator('section.plan-child', { has: page.getByRole('heading', { name: 'Child 2: Born 15 January 2025' }) });
    await child.waitFor();
    expect(await child.locator('[data-item="vaccines-18-months"]').innerText()).toMatch(/15 July 2026[\s\S]*MMRV/);
    expect(await child.locator('[data-item="vaccines-18-months"]').evaluate((el) => el.closest('.plan-group')?.className)).toContain(
      'plan-group--past',
    );
    expect(await child.locator('[data-item="hours-universal-15"] .plan-item__when').innerText()).toBe('From 1 April 2028');
    expect(await child.locator('[data-item="reception"] .plan-item__when').innerText()).toBe('1 September 2029');
    expect(await child.locator('[data-item="school-applications"] .plan-item__when').innerText()).toBe(
      '1 November 2028 to 15 January 2029',
    );
  });

  it('has no accessibility problems and does not scroll sideways at 320 px', async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('downloads the whole plan as an .ics file made on the device, with reminders', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add the whole plan to my calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('family-plan.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    const lines = contentLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    for (const raw of ics.split('\r\n')) expect(Buffer.byteLength(raw, 'utf8')).toBeLessThanOrEqual(75);
    const all = events(lines);
    const rsv = all.find((e) => e.get('SUMMARY') === 'RSV vaccine');
    expect(rsv?.get('DTSTART')).toBe('20270225');
    expect(rsv?.get('DTEND')).toBe('20270521');
    expect(rsv?.get('ALARM-TRIGGER')).toBe('-P7D');
    const reception = all.find((e) => e.get('SUMMARY') === 'Starts Reception' && e.get('DTSTART') === '20290901');
    expect(reception, 'the born child’s Reception start').toBeTruthy();
    // Done-or-missed items (the born child's 18-month vaccines, 15 July 2026) are not put in a calendar.
    expect(all.filter((e) => e.get('SUMMARY') === 'Vaccines at 18 months').map((e) => e.get('DTSTART'))).toEqual(['20281120']);
  });

  it('prints as one A4 page with no navigation', async () => {
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    expect(printed).toContain('RSV vaccine: 25 February 2027 to 20 May 2027');
    expect(printed).toContain('Starts Reception: 1 September 2029');
    expect(await page.locator('.header, .footer').evaluateAll((els) => els.map((e) => getComputedStyle(e).display))).toEqual([
      'none',
      'none',
    ]);
    expect(await page.locator('form.plan-form').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('raised no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('clearing the plan from /privacy', () => {
  const browser = useBrowser();

  it('"Clear everything" removes the plan with everything else', async () => {
    const { context } = await newAppContext(browser());
    const page = await openApp(context, '/plan');
    await addChild(page, 'Date of birth', '3', '3', '2026');
    await page.getByRole('heading', { name: 'Child 1: Born 3 March 2026' }).waitFor();
    await page.getByRole('link', { name: 'Privacy and your device' }).click();
    await page.getByText("Your family's plan: the due dates and dates of birth you entered.").waitFor();
    await Promise.all([
      page.waitForURL(/\/(\?cleared=1)?$/),
      page.getByRole('button', { name: 'Clear everything saved on this device' }).click(),
    ]);
    await page.getByRole('status').filter({ hasText: 'has been removed' }).waitFor();
    await page.goto('/plan');
    await waitForAppReady(page);
    await page.getByText('No child added yet.').waitFor();
    expect(await page.locator('section.plan-child').count()).toBe(0);
    await context.close();
  });
});

describe('the plan in Urdu, right to left, at 320 px', () => {
  const browser = useBrowser();

  it('dates in Urdu, no accessibility problems, nothing scrolls sideways', async () => {
    const { context } = await newAppContext(browser(), { viewport: { width: 320, height: 800 } });
    await context.addInitScript(() => {
      localStorage.setItem('bsf:language', 'ur');
      localStorage.setItem('bsf:plan', JSON.stringify({ children: [{ id: 'a', kind: 'due', date: '2027-05-20' }] }));
    });
    const page = await openApp(context, '/plan');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: 'میرے خاندان کا منصوبہ' }).waitFor();
    // Urdu month names from Intl, not English ones.
    const when = await page.locator('[data-item="rsv"] .plan-item__when').innerText();
    expect(when).toContain(new Intl.DateTimeFormat('ur', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 1, 1))));
    expect(when).not.toContain('February');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await context.close();
  });
});
