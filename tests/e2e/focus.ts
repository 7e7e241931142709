/**
 * Keyboard helpers for browser tests: where focus is, whether it can be seen (WCAG 2.4.7) and
 * whether anything covers it (2.4.11), and stepping with Tab until a wanted element has focus.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  /** The visible text, aria-label or value, squeezed to one line. */
  name: string;
  href: string | null;
  id: string;
  type: string | null;
  /** False for an element only script can focus (tabindex="-1"). */
  tabStop: boolean;
  /** Why focus cannot be seen or is covered; empty when all is well. */
  problems: string[];
}

/**
 * Reads the focused element and checks it: its focused style must differ from its unfocused one
 * (outline, box-shadow or background, on it, its ::before/::after or its parent), and once the
 * browser has scrolled it into view its box must be in the viewport and its centre not covered.
 */
export function inspectFocus(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const look = (e: Element | null, pseudo?: string) => {
      if (!e) return '';
      const s = getComputedStyle(e, pseudo);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor].join('|');
    };
    const looks = () => [look(el), look(el, '::before'), look(el, '::after'), look(el.parentElement)].join('\n');
    const own = getComputedStyle(el);
    const transparent = /transparent|rgba\([^)]*,\s*0\)/.test(own.outlineColor);
    const hasOutline = own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0 && !transparent;
    const focused = looks();
    el.blur();
    const unfocused = looks();
    el.focus({ preventScroll: true });
    const problems: string[] = [];
    if (document.activeElement !== el) problems.push('could not be focused again');
    if (!hasOutline && focused === unfocused) problems.push('no visible focus style');

    const rect = el.getBoundingClientRect();
    const slack = 1;
    if (rect.width === 0 || rect.height === 0) problems.push('has no size');
    if (rect.left < -slack || rect.right > innerWidth + slack) problems.push(`outside the viewport sideways (${rect.left}–${rect.right})`);
    if (rect.top < -slack || (rect.height <= innerHeight && rect.bottom > innerHeight + slack)) {
      problems.push(`outside the viewport (${rect.top}–${rect.bottom} of ${innerHeight})`);
    }
    // A link that wraps has one box per line: it is uncovered if the centre of any line's box hits it.
    const isOwn = (hit: Element | null) => {
      const label = hit?.closest('label');
      return Boolean(hit && (hit === el || el.contains(hit) || (label && label.control === el)));
    };
    const boxes = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const hits = boxes.map((r) => document.elementFromPoint(r.left + r.width / 2, Math.min(r.top + r.height / 2, innerHeight - 2)));
    if (!hits.some(isOwn)) {
      const hit = hits[0];
      problems.push(`covered by <${hit?.tagName.toLowerCase() ?? 'nothing'} class="${hit?.className ?? ''}">`);
    }

    const name = (el.innerText || el.getAttribute('aria-label') || (el as HTMLInputElement).value || '').replace(/\s+/g, ' ').trim();
    return {
      tag: el.tagName.toLowerCase(),
      name,
      href: el.getAttribute('href'),
      id: el.id,
      type: el.getAttribute('type'),
      tabStop: el.tabIndex >= 0,
      problems,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` matches the focused element, checking every stop on
 * the way; problems are added to `log` as "where: what". Throws if it never gets there.
 */
export async function tabTo(
  page: Page,
  wanted: (f: Focused) => boolean,
  log: string[],
  { backwards = false, max = 120 } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await inspectFocus(page);
    if (!focused) continue;
    // A heading with tabindex="-1" is never a Tab stop: it holds focus only because a page moved
    // focus there itself (after a navigation), so Tab's visible-focus rule does not apply to it.
    if (focused.tabStop === false) continue;
    const where = `${new URL(page.url()).pathname} <${focused.tag}> "${focused.name.slice(0, 50)}"`;
    seen.push(where);
    for (const problem of focused.problems) log.push(`${where}: ${problem}`);
    if (wanted(focused)) return focused;
  }
  throw new Error(`never reached the wanted element; stops were:\n${seen.join('\n')}`);
}
