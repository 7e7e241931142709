import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useAppContext } from './browser';

// Privacy and safety as a person at risk would meet them: leaving quickly, no third parties,
// a policy the page never breaks, and a language choice that survives a reload.

const EXIT_SITE = 'https://www.bbc.co.uk/weather';

/** Records CSP violations in every page of the context, before any script of the app runs. */
async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('safety and privacy', () => {
  const app = useAppContext();
  const requestedHosts = new Set<string>();

  beforeAll(async () => {
    await watchCspViolations(app.context);
    app.context.on('request', (request) => requestedHosts.add(new URL(request.url()).origin));
    // The neutral site is not reachable from a test machine: answer it locally.
    await app.context.route(`${EXIT_SITE}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
  });

  it('leaves for the neutral site when the Exit this page button is pressed', async () => {
    const page = await app.open('/services/svc-nhs-111');
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(`${EXIT_SITE}**`);
    expect(page.url()).toContain('bbc.co.uk/weather');
    await page.close();
  });

  it('leaves when Shift is pressed three times, but not after two', async () => {
    const page = await app.open('/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('press 1 more time'));
    expect(new URL(page.url()).origin).toBe(app.baseURL);
    await page.keyboard.press('Shift');
    await page.waitForURL(`${EXIT_SITE}**`);
    await page.close();
  });

  it('explains before use that leaving quickly does not clear history', async () => {
    const page = await app.open('/leave-quickly');
    await expect.poll(() => page.getByText(/does not clear your browsing history/).count()).toBe(1);
    await page.close();
  });

  it('switching to Urdu sets right-to-left, and a reload keeps it', async () => {
    const page = await app.open('/');
    await page.locator('.language-switcher__toggle').click();
    await page.getByRole('button', { name: 'اردو' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ur');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    await page.locator('.language-switcher__toggle').click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.close();
  });

  it('sets no cookies, contacts no other host, and breaks no content-security rule', async () => {
    for (const path of ['/', '/search?q=vitamins', '/services/svc-healthy-start', '/about', '/privacy']) {
      const page = await app.open(path);
      expect(await cspViolations(page), path).toEqual([]);
      await page.close();
    }
    expect(await app.context.cookies()).toEqual([]);
    const others = [...requestedHosts].filter((h) => h !== app.baseURL && !h.startsWith('https://www.bbc.co.uk'));
    expect(others).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
