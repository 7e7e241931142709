/**
 * The Trusted Types default policy lets through only the fixed strings Leaflet writes and our
 * own service worker: markup or a script URL from anywhere else (a feed, an address) is refused.
 */
import { describe, expect, it } from 'vitest';
import { isAllowedHtml, isAllowedScriptUrl } from '../../src/lib/trusted-types';

describe('isAllowedHtml', () => {
  it("allows Leaflet's fixed strings and the map attribution link", () => {
    for (const html of ['<svg/>', '<span aria-hidden="true">+</span>', '<span aria-hidden="true">&#215;</span>', '']) {
      expect(isAllowedHtml(html), html).toBe(true);
    }
    expect(isAllowedHtml('<a href="https://www.openstreetmap.org/copyright">&#169; OpenStreetMap contributors</a>')).toBe(true);
  });

  it('refuses any other markup, including a tampered attribution', () => {
    for (const html of [
      '<img src=x onerror=alert(1)>',
      'Family hub',
      '<a href="https://www.openstreetmap.org/copyright"><img src=x onerror=alert(1)></a>',
      '<a href="javascript:alert(1)">OpenStreetMap</a>',
      '<svg/><script>alert(1)</script>',
    ]) {
      expect(isAllowedHtml(html), html).toBe(false);
    }
  });
});

describe('isAllowedScriptUrl', () => {
  const base = 'https://app.example/services/x';
  it('allows only /sw.js on this origin', () => {
    expect(isAllowedScriptUrl('/sw.js', base)).toBe(true);
    expect(isAllowedScriptUrl('https://app.example/sw.js', base)).toBe(true);
    expect(isAllowedScriptUrl('https://evil.example/sw.js', base)).toBe(false);
    expect(isAllowedScriptUrl('/assets/other.js', base)).toBe(false);
    expect(isAllowedScriptUrl('data:text/javascript,alert(1)', base)).toBe(false);
  });
});
