/**
 * The pure decisions behind issue 21's hardening: what a tab does when a worker takes it over,
 * when a failed page load may reload, how "Exit this page" rewrites history, and which
 * pathway screens are sensitive.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/features/pathways/engine';
import { loadValidPathways } from '../../build/pathway-files';
import { readCatalogueDir } from '../../build/catalogue-files';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { leaveCleanly } from '../../src/features/safety/leave-cleanly';
import { isSensitivePosition, SENSITIVE_ANSWERS } from '../../src/features/pathways/sensitive-pages';
import { chooseCodeFailureAction } from '../../src/pwa/page-code-fallback';
import { reactToNewController } from '../../src/pwa/takeover';

describe('a service worker taking over a tab', () => {
  it('says "Ready to use offline" only when the first install takes control', () => {
    expect(reactToNewController({ wasControlled: false, userAskedForUpdate: false, pageHidden: false })).toBe('offline-ready');
  });

  it('reloads the tab whose user pressed Reload, and any tab nobody is looking at', () => {
    expect(reactToNewController({ wasControlled: true, userAskedForUpdate: true, pageHidden: false })).toBe('reload');
    expect(reactToNewController({ wasControlled: true, userAskedForUpdate: false, pageHidden: true })).toBe('reload');
  });

  it('asks before reloading a visible tab whose user did not ask (nothing reloads under the reader)', () => {
    expect(reactToNewController({ wasControlled: true, userAskedForUpdate: false, pageHidden: false })).toBe('prompt');
  });
});

describe('a page whose code fails to load', () => {
  it('loads the address afresh once, then says so rather than loop', () => {
    expect(chooseCodeFailureAction('/map', null, true)).toBe('reload');
    expect(chooseCodeFailureAction('/map', '/saved', true)).toBe('reload');
    expect(chooseCodeFailureAction('/map', '/map', true)).toBe('message');
  });

  it('says so at once when a full load cannot work either (offline, no worker)', () => {
    expect(chooseCodeFailureAction('/map', null, false)).toBe('message');
  });
});

describe('leaving with "Exit this page"', () => {
  function fakeWindow() {
    const calls: string[] = [];
    const win = {
      document: { title: 'Get help with abuse at home – Best Start Finder' },
      history: {
        replaceState: (_: unknown, __: string, url?: string | URL | null) => calls.push(`replace ${String(url)}`),
        pushState: (_: unknown, __: string, url?: string | URL | null) => calls.push(`push ${String(url)}`),
      },
      location: { replace: (url: string | URL) => calls.push(`leave for ${String(url)}`) },
    };
    return { win, calls };
  }

  it('rewrites the left page’s entry to the home page, then replaces (not adds) the neutral site', () => {
    const { win, calls } = fakeWindow();
    leaveCleanly(win, 'https://www.bbc.co.uk/weather', 'Home – Best Start Finder');
    expect(calls).toEqual(['replace /', 'push /', 'leave for https://www.bbc.co.uk/weather']);
    expect(win.document.title).toBe('Home – Best Start Finder');
  });

  it('still leaves when the browser refuses to rewrite history', () => {
    const { win, calls } = fakeWindow();
    win.history.replaceState = () => {
      throw new DOMException('too many calls', 'SecurityError');
    };
    leaveCleanly(win, 'https://www.bbc.co.uk/weather', 'Home');
    expect(calls).toEqual(['leave for https://www.bbc.co.uk/weather']);
  });
});

describe('sensitive pathway screens', () => {
  const { files } = readCatalogueDir(path.resolve(import.meta.dirname, '../../data/catalogue'));
  const pathways = loadValidPathways(path.resolve(import.meta.dirname, '../../data'), files as unknown as CatalogueFiles);
  const concern = pathways.find((p) => p.id === 'concern')!;

  it('are every screen after an answer about abuse, a child’s safety or a crisis', () => {
    const sensitive: Array<Record<string, string>> = [
      { urgency: 'safety' },
      { urgency: 'safety', 'safety-area': 'herts', 'safety-who': 'home' },
      { urgency: 'safety', 'safety-area': 'herts', 'safety-who': 'child' },
      { urgency: 'crisis', 'crisis-area': 'essex' },
    ];
    for (const answers of sensitive) {
      expect(isSensitivePosition('concern', resolve(concern, answers)), JSON.stringify(answers)).toBe(true);
    }
  });

  it('are not the first question, the 999 route, nor the advice route', () => {
    expect(isSensitivePosition('concern', resolve(concern, {}))).toBe(false);
    expect(isSensitivePosition('concern', resolve(concern, { urgency: 'emergency' }))).toBe(false);
    expect(isSensitivePosition('concern', resolve(concern, { urgency: 'advice', 'advice-area': 'herts' }))).toBe(false);
  });

  it('name answers that exist in the pathway data (a renamed answer would silently stop protecting)', () => {
    for (const [pathwayId, pairs] of Object.entries(SENSITIVE_ANSWERS)) {
      const pathway = pathways.find((p) => p.id === pathwayId);
      expect(pathway, pathwayId).toBeDefined();
      for (const pair of pairs) {
        const [stepId, answerId] = pair.split(':');
        expect(
          pathway!.steps[stepId!]?.answers.some((a) => a.id === answerId),
          `${pathwayId} ${pair}`,
        ).toBe(true);
      }
    }
  });
});
