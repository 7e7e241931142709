import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
// Debian's Chromium and the flags that keep it off the network (shared with the bench scripts).
import CHROMIUM from '../../scripts/dev/chromium.json';

/**
 * Debian's Chromium: playwright's own browser download can't work on this machine. Test files do not
 * call this: they call useBrowser(), which launches and closes it around their tests (global-setup
 * calls it once to log the version).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM.executablePath, headless: true, args: CHROMIUM.args });
}

/** The app sets html[data-ready="true"] once a route's content has rendered. */
export async function waitForAppReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
}

/** Opens `path` (relative to the context's baseURL) in a new tab and waits until the route has rendered. */
export async function openApp(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await waitForAppReady(page);
  return page;
}

/**
 * Waits until the service worker is activated AND controls the page; only then
 * is it safe to go offline. `ready` can resolve while the worker is still
 * `activating`, and the first page load is never controlled (registerType
 * 'prompt': no clients.claim), so reload once if needed.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  // Waits on the worker's own statechange event, in the page (page.waitForFunction would take the
  // Promise an async predicate returns as a truthy answer and stop waiting at once).
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error('no service worker reached "activated" within 45 s')), 45_000);
        void navigator.serviceWorker.ready.then((registration) => {
          const worker = registration.active;
          const check = () => {
            if (worker?.state !== 'activated') return;
            clearTimeout(timer);
            done();
          };
          worker?.addEventListener('statechange', check);
          check();
        });
      }),
  );

  const isControlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  // A navigation that starts soon after the worker reports "activated" can still miss it, and a
  // page that loaded uncontrolled stays so (no clients.claim): reload until the worker controls
  // the page, for up to 20 s (a bound for a stuck worker, not a pause).
  const deadline = Date.now() + 20_000;
  while (!(await isControlled()) && Date.now() < deadline) {
    await page.reload();
    await waitForAppReady(page);
  }
  if (!(await isControlled())) {
    throw new Error('the service worker is activated but does not control the page after 20 s of reloading');
  }
}

/** Marks the requests expectOffline makes, so collectErrors can leave their failure out. */
export const OFFLINE_PROBE = 'offline-probe';
/** The app's own connection check (src/pwa/online.ts): its failure offline is expected, not an error. */
export const APP_NETWORK_CHECK = 'network-check';
/** Whether a failed request was one of the two deliberate probes of the network. */
export const isNetworkProbe = (url: string) => url.includes(OFFLINE_PROBE) || url.includes(APP_NETWORK_CHECK);

/**
 * Proves the page is really offline and was served by the service worker, without trusting
 * navigator.onLine (Chromium 150 reported true in a worker-served page with the network gone):
 * - `navigation`, when given, is the response of the last reload or goto: it came from the worker;
 * - the worker controls the page;
 * - a request the worker does not answer (not a navigation, and a query string no precache entry
 *   matches) fails, because it had to reach the network.
 */
export async function expectOffline(page: Page, navigation?: Response | null): Promise<void> {
  if (navigation !== undefined) expect(navigation?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page').toBe(true);
  const probe = await page.evaluate(async (marker) => {
    try {
      await fetch(`/robots.txt?${marker}=${Date.now()}`, { cache: 'no-store' });
      return 'reached the network';
    } catch {
      return 'failed';
    }
  }, OFFLINE_PROBE);
  expect(probe, 'a request past the service worker').toBe('failed');
}

/**
 * Records every uncaught page error and console.error in any tab of the
 * context, so a test can assert that none occurred.
 */
export function collectErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('weberror', (e) => {
    errors.push(`page error: ${e.error().message}`);
  });
  context.on('console', (msg) => {
    if (isNetworkProbe(msg.location().url)) return;
    if (msg.type() === 'error') errors.push(`console.error at ${msg.page()?.url() ?? '?'}: ${msg.text()}`);
  });
  return errors;
}

/** One Chromium for the tests of the enclosing describe block: call at its top, read with the getter. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running (useBrowser must be called inside describe)');
    return browser;
  };
}

/** A context on the preview server (global-setup.ts) with what most tests need from it. */
export interface AppContext {
  readonly context: BrowserContext;
  /** Every page error and console.error in the context's tabs (see collectErrors). */
  readonly errors: string[];
  /** The preview server's origin, which relative paths resolve against. */
  readonly baseURL: string;
  /** Opens `path` in a new tab and waits until the route has rendered (see openApp). */
  open(path: string): Promise<Page>;
}

export interface AppContextOptions extends BrowserContextOptions {
  /** How long each playwright action and wait may take: 15 s bounds them well inside a test's timeout. */
  timeout?: number;
}

/** One context for a test of its own: the preview server's origin (unless options.baseURL names another), the usual action timeout, errors collected. */
export async function newAppContext(browser: Browser, { timeout = 15_000, ...options }: AppContextOptions = {}): Promise<AppContext> {
  const baseURL = options.baseURL ?? inject('baseURL');
  const context = await browser.newContext({ ...options, baseURL });
  context.setDefaultTimeout(timeout);
  const errors = collectErrors(context);
  return { context, errors, baseURL, open: (path) => openApp(context, path) };
}

/**
 * useBrowser plus one context shared by the tests of the enclosing describe block, opened before
 * them (so the block's own beforeAll can already use it) and closed after. Call at the block's top;
 * the fields are readable from its hooks and tests on.
 */
export function useAppContext(options: AppContextOptions = {}): AppContext & { readonly browser: () => Browser } {
  const browser = useBrowser();
  let app: AppContext | undefined;
  beforeAll(async () => {
    app = await newAppContext(browser(), options);
  });
  afterAll(async () => {
    await app?.context.close();
  });
  const opened = (): AppContext => {
    if (!app) throw new Error('the context is not open yet (read it in a hook or test, not while declaring them)');
    return app;
  };
  // Each field reads through to the open context, so a test file can hold `app` from the start.
  const shared = { browser } as AppContext & { readonly browser: () => Browser };
  for (const field of ['context', 'errors', 'baseURL', 'open'] as const) {
    Object.defineProperty(shared, field, { get: () => opened()[field] });
  }
  return shared;
}
