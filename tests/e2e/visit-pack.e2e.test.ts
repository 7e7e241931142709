/**
 * A home visit on a 360 × 640 phone, in Urdu: the health visitor adds the contacts of two
 * "Who can I contact?" endings (a 999 emergency and a 2-year-old not talking) to one visit pack,
 * types their name, and gives the family one A4 sheet and one QR code. The printed page and the
 * decoded code (as text, then as a link) must each stand alone: both contacts, their hours, the
 * 999/111 safety line and the date; the link opens the same pack in Urdu on a phone set to English.
 */
import jsQR from 'jsqr';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import ur from '../../src/i18n/locales/ur.json';
import { openApp, useAppContext, waitForAppReady } from './browser';
import { decodePng } from './png';
import { describeSchedule } from '../../src/features/opening-times/opening-times';
import type { ScheduleView } from '../../src/features/catalogue/model';

const VIEWPORT = { width: 360, height: 640 };
const EMERGENCY = '/contact/concern?a=urgency:emergency';
const TALKING = '/contact/development?a=area:herts,stage:early-years,early-topic:talking';

const countPdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
/** Values in a right-to-left interface are wrapped in direction isolates; compare the words. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

/**
 * Reads the code on screen. The text code is dense (version 25 or so) and jsQR, unlike a phone
 * camera, misreads some pixel sizes of it, so the screenshot is also tried at a half, a third
 * and a quarter of its size (nearest pixel) before giving up.
 */
async function readQr(page: Page): Promise<string | undefined> {
  const { width, height, data } = decodePng(await page.locator('svg.qr-code').screenshot());
  for (const factor of [1, 2, 3, 4]) {
    const w = Math.floor(width / factor);
    const h = Math.floor(height / factor);
    const scaled = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const from = (y * factor * width + x * factor) * 4;
        scaled.set(data.subarray(from, from + 4), (y * w + x) * 4);
      }
    }
    const found = jsQR(scaled, w, h)?.data;
    if (found) return found;
  }
  return undefined;
}

/** Today in London as YYYY-MM-DD, the day the app dates the pack. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
const [year, month, day] = today.split('-').map(Number) as [number, number, number];
const englishDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  Date.UTC(year, month - 1, day),
);
const urduDate = new Intl.DateTimeFormat('ur', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  Date.UTC(year, month - 1, day),
);

/** Hours in Urdu as the app words them (src/features/opening-times/opening-times.ts). */
const inUrdu = (schedule: Pick<ScheduleView, 'days' | 'opensAt' | 'closesAt'>) =>
  describeSchedule(schedule as ScheduleView, 'ur', {
    allDay: ur.schedule.allDay,
    everyDay: ur.schedule.everyDay,
    range: (from, to) => ur.schedule.range.replace('{{from}}', from).replace('{{to}}', to),
    list: (days, times) => ur.schedule.list.replace('{{days}}', days).replace('{{times}}', times),
  });
/** The health visitors' text line, and NHS 111 (every day, all day: data/catalogue/schedules.json). */
const healthVisitingHours = inUrdu({ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' });
const nhs111Hours = inUrdu({ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '00:00', closesAt: '24:00' });

describe('a visit pack from two pathways, at 360 × 640 in Urdu', () => {
  // A sharper screen, so the decoder reads the dense text code as a phone camera would.
  const app = useAppContext({ viewport: VIEWPORT, deviceScaleFactor: 3 });
  let page: Page;

  beforeAll(async () => {
    // The family's language, chosen earlier on this device (a frame without storage is left alone).
    await app.context.addInitScript(() => {
      try {
        localStorage.setItem('bsf:language', 'ur');
      } catch {
        // about:blank and the print preview have no storage.
      }
    });
    page = await app.open(EMERGENCY);
  });

  it('adds both endings’ contacts, after the call on the urgent one', async () => {
    const add = page.getByRole('button', { name: ur.pathways.ui.pack.add });
    // The call stays the first action: the first tel: link comes before "Add to visit pack".
    expect(
      await page.evaluate(() => {
        const call = document.querySelector('main a[href^="tel:"]');
        const button = [...document.querySelectorAll('main button')].find((b) => b.closest('.add-to-pack'));
        return Boolean(call && button && call.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    await add.click();
    await page.getByRole('status').filter({ hasText: ur.pathways.ui.pack.added }).waitFor();

    await page.goto(TALKING);
    await waitForAppReady(page);
    await page.getByRole('button', { name: ur.pathways.ui.pack.add }).click();
    const packLink = page.locator('.add-to-pack a');
    expect(plain(await packLink.innerText())).toBe(ur.pathways.ui.pack.link.replace('{{count}}', '4'));
    await packLink.click();
    await page.locator('.visit-pack__sheet').waitFor();
    await page.getByRole('textbox', { name: ur.pathways.ui.pack.givenBy }).fill('Sam Okafor');
  });

  it('prints one A4 sheet with both contacts, their hours, what to say, the safety line, the date and the name', async () => {
    await page.emulateMedia({ media: 'print' });
    const printed = plain(await page.locator('main').innerText());
    for (const name of ['999 emergency', 'NHS 111', 'Health visiting', "Children's Integrated Therapies advice line"])
      expect(printed).toContain(name);
    for (const number of ['999', '18001 111', '07480 635164', '01923 470680']) expect(printed).toContain(number);
    // Hours: NHS 111's and the health visitors' text line, in Urdu as on the page.
    expect(printed).toContain(healthVisitingHours);
    expect(printed).toContain(nhs111Hours);
    // 999 is never "opening times not known, check before you go".
    const emergencyCard = printed.slice(printed.indexOf('999 emergency'), printed.indexOf('NHS 111'));
    expect(emergencyCard).not.toContain(ur.service.timesUnknown);
    // What to say, in Urdu with the English beside it.
    expect(printed).toContain(plain(ur.pathways.concern.endings['end-emergency']['999-emergency'].say));
    expect(printed).toContain('Ask for an ambulance if a baby is seriously ill, or for the police if a child is in danger.');
    // The 999/111 safety line in both languages.
    for (const line of [ur.home.urgent999, ur.home.urgent111, 'If a child is seriously ill or in danger, call 999.'])
      expect(printed).toContain(line);
    // The date, in Urdu and English, and who gave it.
    expect(printed).toContain(ur.pathways.ui.give.givenOn.replace('{{date}}', urduDate));
    expect(printed).toContain(`Given on ${englishDate}`);
    expect(printed).toContain('Given by Sam Okafor');
    // The health visitor's own controls stay off the family's sheet; the code is on it.
    for (const control of [ur.pathways.ui.pack.endVisit, ur.pathways.ui.pack.givenByHint, ur.pathways.ui.give.qrLegend])
      expect(printed).not.toContain(control);
    expect(await page.locator('svg.qr-code').isVisible()).toBe(true);
    expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('gives one QR code holding both contacts with hours, the safety line and the date, or a link in Urdu', async () => {
    const text = plain((await readQr(page)) ?? '');
    for (const expected of [
      '1. 999 emergency',
      '2. NHS 111',
      '3. Health visiting',
      "4. Children's Integrated Therapies advice line",
      '07480 635164',
      '01923 470680',
      healthVisitingHours,
      nhs111Hours,
      ur.home.urgent999,
      ur.home.urgent111,
      ur.pathways.ui.give.givenOn.replace('{{date}}', urduDate),
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.slice(0, text.indexOf('2. NHS 111'))).not.toContain(ur.service.timesUnknown);
    expect(text).not.toContain('Sam');

    await page.getByLabel(ur.pathways.ui.give.qrLink).check();
    const link = await readQr(page);
    expect(link).toBe(
      `${inject('baseURL')}/visit-pack?lang=ur&c=svc-999-emergency~concern~end-emergency,svc-nhs-111~concern~end-emergency,` +
        `svc-herts-health-visiting~development~end-talking,svc-herts-integrated-therapies~development~end-talking&d=${today}`,
    );

    // The family's phone is set to English and has never seen the app: the link opens the same pack in Urdu.
    const family = await app.browser().newContext({ baseURL: inject('baseURL'), viewport: VIEWPORT, locale: 'en-GB' });
    const phone = await openApp(family, link!);
    await phone.waitForFunction(() => document.documentElement.lang === 'ur');
    await phone.locator('.visit-pack__sheet').waitFor();
    const shown = plain(await phone.locator('main').innerText());
    for (const name of ['999 emergency', 'NHS 111', 'Health visiting', "Children's Integrated Therapies advice line"])
      expect(shown).toContain(name);
    expect(shown).toContain(ur.pathways.ui.give.givenOn.replace('{{date}}', urduDate));
    expect(await phone.getByRole('button', { name: ur.pathways.ui.pack.endVisit }).count()).toBe(0);
    await family.close();
  });

  it('End visit empties the pack and returns to "Who can I contact?"', async () => {
    await page.getByRole('button', { name: ur.pathways.ui.pack.endVisit }).click();
    await page.waitForURL(/\/contact$/);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('visit-pack')))).toEqual([]);
    await page.goto('/visit-pack');
    await waitForAppReady(page);
    expect(plain(await page.locator('main').innerText())).toContain(ur.pathways.ui.pack.empty);
    expect(app.errors).toEqual([]);
  });
});
