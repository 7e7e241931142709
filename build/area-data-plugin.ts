/**
 * Builds the app for the area in the data folder the build was pointed at (BSF_DATA_DIR, or
 * data/): the app's imports of data/ files (area.json, synonyms.json, vocabularies/) are read
 * from that folder when it has them, index.html's %BSF_…% placeholders are filled from its
 * area.json, and its theme_color becomes the brand colour in src/styles/base.css. So a council swaps its area file and feed without touching code.
 * Node-only: imported by vite.config.ts, never by the app.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { AreaConfig } from '../src/features/catalogue/validate';

/** The placeholders index.html may use, each with the area.json value that replaces it. */
export function htmlPlaceholders(area: AreaConfig): Record<string, string> {
  return {
    '%BSF_AREA_NAME%': area.name,
    '%BSF_THEME_COLOR%': area.theme_color,
  };
}

/** Fills the placeholders, escaped for an attribute or text (the values are data, never markup). */
export function fillPlaceholders(html: string, area: AreaConfig): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  let out = html;
  for (const [placeholder, value] of Object.entries(htmlPlaceholders(area))) out = out.split(placeholder).join(escape(value));
  return out;
}

/**
 * If `resolvedId` is a file under `projectDataDir` and `dataDir` (another folder) has the same
 * file, that file; otherwise undefined. A folder without synonyms.json or vocabularies/ keeps
 * the project's, since those are about words, not places.
 */
export function redirectToDataDir(resolvedId: string, projectDataDir: string, dataDir: string): string | undefined {
  if (path.resolve(dataDir) === path.resolve(projectDataDir)) return undefined;
  const relative = path.relative(projectDataDir, resolvedId);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const replacement = path.join(dataDir, relative);
  return existsSync(replacement) ? replacement : undefined;
}

/** base.css with its `--brand` colour replaced by the area's; throws if the token has moved. */
export function withBrandColour(css: string, colour: string): string {
  const declaration = /--brand:\s*#[0-9a-fA-F]{6};/;
  if (!declaration.test(css)) throw new Error('src/styles/base.css no longer declares --brand: #rrggbb; for data/area.json theme_color');
  return css.replace(declaration, `--brand: ${colour};`);
}

export function areaDataPlugin(options: { projectDataDir: string; dataDir: string; area: AreaConfig }): Plugin {
  const { projectDataDir, dataDir, area } = options;
  return {
    name: 'bsf-area-data',
    enforce: 'pre',
    async resolveId(source, importer, resolveOptions) {
      if (!source.endsWith('.json') || path.resolve(dataDir) === path.resolve(projectDataDir)) return null;
      const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
      return resolved ? (redirectToDataDir(resolved.id, projectDataDir, dataDir) ?? null) : null;
    },
    transform(code, id) {
      if (id.split('?')[0]!.endsWith('/src/styles/base.css')) return { code: withBrandColour(code, area.theme_color), map: null };
      return undefined;
    },
    transformIndexHtml: {
      // Before the other plugins read the page (the route preloads, the security policy's hashes).
      order: 'pre',
      handler: (html) => fillPlaceholders(html, area),
    },
  };
}
