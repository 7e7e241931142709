/**
 * Data is never rendered as HTML: no innerHTML/outerHTML/insertAdjacentHTML, no
 * dangerouslySetInnerHTML, no HTML-string Leaflet popups or tooltips anywhere in src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|jsx?|mjs)$/.test(name) ? [full] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/\binnerHTML\b/, 'innerHTML'],
  [/\bouterHTML\b/, 'outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.(bindPopup|bindTooltip|setContent)\(\s*[`'"]/, 'an HTML-string Leaflet popup or tooltip'],
  [/\bdocument\.write\(/, 'document.write'],
];

export function findUnsafeRendering(text: string): string[] {
  return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
}

describe('no data is ever rendered as HTML', () => {
  it('the checker catches each forbidden pattern (so a clean result means something)', () => {
    expect(findUnsafeRendering('el.innerHTML = name')).toEqual(['innerHTML']);
    expect(findUnsafeRendering('<div dangerouslySetInnerHTML={{ __html: x }} />')).toEqual(['dangerouslySetInnerHTML']);
    expect(findUnsafeRendering("marker.bindPopup('<b>' + name + '</b>')")).toEqual(['an HTML-string Leaflet popup or tooltip']);
    expect(findUnsafeRendering('marker.bindPopup(buildPopupNode(service))')).toEqual([]);
  });

  it('src/ uses none of them', () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      findUnsafeRendering(readFileSync(file, 'utf8')).map((what) => `${path.relative(SRC, file)}: ${what}`),
    );
    expect(offenders).toEqual([]);
  });
});
