/**
 * index.html carries the language names, each in its own script, hidden, so the browser finds
 * their fonts while the app's code downloads rather than inside the first render
 * (build/first-render/font-warmup.ts). These checks read the built dist/index.html.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

const dist = process.env.BSF_DIST_DIR ? resolve(process.env.BSF_DIST_DIR) : fileURLToPath(new URL('../../dist', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const body = html.slice(html.indexOf('<body'));
const warmup = /<div class="font-warmup" aria-hidden="true">([\s\S]*?)<\/div>/.exec(body);

describe('the language names are laid out while the code downloads', () => {
  it('sits in the page before the app, hidden from screen readers', () => {
    expect(warmup).not.toBeNull();
    expect(body.indexOf(warmup?.[0] ?? '\0')).toBeLessThan(body.indexOf('<div id="app">'));
  });

  it.each(LANGUAGES.map((l) => [l.nativeName, l] as const))('holds %s with its language and direction', (_name, language) => {
    expect(warmup?.[1]).toContain(`<span lang="${language.code}" dir="${language.dir}">${language.nativeName}</span>`);
  });
});
