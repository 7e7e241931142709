import { beforeAll, describe, expect, it } from 'vitest';
import { useAppContext, waitForAppReady, waitForServiceWorker } from './browser';

// A crafted search link (issue 21): one 100,000-character word in ?q= used to freeze the page
// before it drew, with no Exit button. The page must draw and leaving must still work. No timing
// is asserted: the bench (scripts/bench/bench-search.mjs) reports how long the search takes.

const EXIT_SITE = 'https://www.bbc.co.uk/weather';
const LONG_QUERY = 'a'.repeat(100_000);

describe('a 100,000-character search link', () => {
  const app = useAppContext();

  beforeAll(async () => {
    // The neutral site is not reachable from a test machine: answer it locally.
    await app.context.route(`${EXIT_SITE}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
  });

  it('draws the page, says the search was cut, and Exit this page still leaves', async () => {
    // A link this long is refused by most servers (and by the preview server here) with
    // "431 Request Header Fields Too Large", so it can only reach the app once the service worker
    // answers navigations, as it does for anyone who has opened the app before.
    const first = await app.open('/');
    await waitForServiceWorker(first);

    const page = await app.context.newPage();
    await page.goto(`/search?q=${LONG_QUERY}`);
    await waitForAppReady(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Your search was too long/).isVisible()).toBe(true);
    expect((await page.getByRole('searchbox').inputValue()).length).toBe(200);

    await page.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(`${EXIT_SITE}**`);
    expect(page.url()).toContain('bbc.co.uk/weather');
    expect(app.errors).toEqual([]);
    await page.close();
    await first.close();
  });
});
