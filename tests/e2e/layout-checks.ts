/**
 * In-page checks for text resized to 200% (WCAG 1.4.4) and target size (2.5.8), run with
 * page.evaluate. Each returns plain-English problems ("what: why"); an empty list means it passes.
 */
import type { Page } from 'playwright-core';

/** Elements that are deliberately tiny or off-screen (visually hidden text, unfocused skip links) or are the map's own canvas. */
const IGNORED = '.visually-hidden, .skip-link, .leaflet-container';

/** Text cut off by an overflow:hidden/clip box that is too narrow for it, and sideways scrolling of the page. */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate((ignored) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest(ignored)) continue;
      const style = getComputedStyle(el);
      const clips = (v: string) => v === 'hidden' || v === 'clip';
      if (!clips(style.overflowX) && !clips(style.overflowY)) continue;
      if (el.clientWidth <= 1 || !el.checkVisibility() || !(el.innerText ?? '').trim()) continue;
      const cutSideways = clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutBelow = clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (cutSideways || cutBelow) {
        problems.push(
          `<${el.tagName.toLowerCase()} class="${String(el.className)}"> "${el.innerText.trim().slice(0, 40)}" is cut off ${el.scrollWidth}>${el.clientWidth} ${el.scrollHeight}>${el.clientHeight}`,
        );
      }
    }
    return problems;
  }, IGNORED);
}

/**
 * Every visible target is at least 24×24 CSS px, or is a link inside a sentence, or has room:
 * a 24 px circle on its centre touches no other target and no other small target's circle.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((ignored) => {
    const MIN = 24;
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role=button]')].filter(
      (el) => {
        if (el.closest(ignored) && !el.closest('.leaflet-control, .leaflet-marker-pane')) return false;
        const r = el.getBoundingClientRect();
        // checkVisibility: false inside a closed <details>, display:none or visibility:hidden.
        return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true }) && el.closest('[inert]') === null;
      },
    );
    const describe = (el: HTMLElement, r: DOMRect) =>
      `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> "${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
    /** A link in running text: inline, in a block that has words of its own besides links. */
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement?.closest<HTMLElement>('p, li, dd, td, figcaption, label, legend, div');
      if (!block) return false;
      const ownWords = [...block.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      return /\p{L}/u.test(ownWords);
    };
    const boxes = all.map((el) => ({ el, r: el.getBoundingClientRect() }));
    const small = boxes.filter(({ el, r }) => (r.width < MIN || r.height < MIN) && !inSentence(el));
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleTouches = (c: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < (MIN / 2) ** 2;
    };
    const problems: string[] = [];
    for (const { el, r } of small) {
      const c = centre(r);
      const crowdedBy = boxes.find(({ el: other, r: o }) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        if (circleTouches(c, o)) return true;
        const isSmall = small.some((s) => s.el === other);
        const oc = centre(o);
        return isSmall && Math.hypot(c.x - oc.x, c.y - oc.y) < MIN;
      });
      if (crowdedBy) problems.push(`${describe(el, r)} is too close to ${describe(crowdedBy.el, crowdedBy.r)}`);
    }
    return problems;
  }, IGNORED);
}
