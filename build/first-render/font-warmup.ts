/**
 * Puts the language names (each in its own script: Arabic, Bengali, Cyrillic…) into index.html,
 * invisible, so the browser finds and loads the fonts for them while the app's code is still
 * downloading. Measured on Debian's Chromium: the first layout of the three non-Latin names cost
 * 25–50 ms (4× that on a cheap phone's CPU), and it otherwise lands in the first render, the one
 * long task a parent waits on. The element is hidden from screen readers and never painted.
 *
 * It has its own class (.font-warmup in base.css, which only hides it): the names are laid out
 * in the body's font with their own lang and dir, as the language switcher's buttons (font: inherit)
 * draw them, so they need the same fonts without borrowing the switcher's styles.
 */
import type { HtmlTagDescriptor } from 'vite';
import { LANGUAGES } from '../../src/i18n/languages';

/** Vite writes a tag's string children into the page as they are: the names go in as text. */
const asText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const fontWarmupTag = (): HtmlTagDescriptor => ({
  tag: 'div',
  attrs: { class: 'font-warmup', 'aria-hidden': 'true' },
  children: LANGUAGES.map((l) => ({ tag: 'span', attrs: { lang: l.code, dir: l.dir }, children: asText(l.nativeName) })),
  injectTo: 'body-prepend',
});
