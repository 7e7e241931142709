import { describe, expect, it } from 'vitest';
import { createShiftCounter } from '../../src/features/safety/triple-shift';
import { contentSecurityPolicy, headersFile } from '../../build/security-headers';

describe('Shift pressed three times leaves the page', () => {
  it('counts down and exits on the third press within five seconds', () => {
    const counter = createShiftCounter();
    expect(counter.press('Shift', 0)).toBe(2);
    expect(counter.press('Shift', 1000)).toBe(1);
    expect(counter.press('Shift', 2000)).toBe(0);
  });

  it('does not exit when the presses are spread over more than five seconds', () => {
    const counter = createShiftCounter();
    counter.press('Shift', 0);
    counter.press('Shift', 3000);
    expect(counter.press('Shift', 6000)).toBe(1);
  });

  it('starts again when another key is typed between presses (typing capitals is not an exit)', () => {
    const counter = createShiftCounter();
    counter.press('Shift', 0);
    counter.press('Shift', 100);
    expect(counter.press('A', 150)).toBeNull();
    expect(counter.press('Shift', 200)).toBe(2);
  });
});

describe('security headers', () => {
  const options = { tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' };

  it('allows scripts only from the app itself (and its one hashed inline script), images only from the app and the tile server', () => {
    const csp = contentSecurityPolicy(options);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(csp.split(';').find((d) => d.includes('script-src'))).not.toContain('unsafe-inline');
    expect(csp).toContain("img-src 'self' https://tile.openstreetmap.org;");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|data:|\*/);
  });

  it('keeps the service worker and the page uncached so updates arrive, and hashed assets immutable', () => {
    const file = headersFile(options);
    expect(file).toMatch(/\/sw\.js\n {2}Cache-Control: no-cache/);
    expect(file).toMatch(/\/index\.html\n {2}Cache-Control: no-cache/);
    expect(file).toMatch(/\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});
