/**
 * The folder contracts hold in the code: no import cycle in src/, build/ or tools/, no loop
 * between src/'s folders, src/lib/ imports nothing of the app, only the router and pages import
 * a page, the browser tree imports nothing from Node, build/ or tools/, and those import no .tsx
 * interface file of src/. A failure names the file and the import (see README.md's layout and
 * src/features/README.md for the contracts).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, readImportGraph, type ImportEdge } from './import-graph';
import { importDirectionProblems, srcFolderOf } from './import-rules';

const root = fileURLToPath(new URL('../..', import.meta.url));

const edge = (from: string, to: string, specifier = to): ImportEdge => ({ from, to, specifier });

describe('the import graph of the checkout', () => {
  const graph = readImportGraph(root, ['src', 'build', 'tools']);

  it('is read from every part of the tree', () => {
    // A reader that found nothing would pass every rule below.
    expect(graph.files).toContain('src/app.tsx');
    expect(graph.files).toContain('build/catalogue-plugin.ts');
    expect(graph.files).toContain('tools/oruk/index.ts');
    expect(graph.edges.some((e) => e.from === 'src/app.tsx' && e.to === 'src/routes.ts')).toBe(true);
  });

  it('keeps every rule of the folder contracts', () => {
    expect(importDirectionProblems(graph.edges)).toEqual([]);
  });
});

describe('reading imports', () => {
  it('counts imports over several lines, type-only imports, re-exports and import() of a literal', () => {
    const code = [
      "import {\n  a,\n  b,\n} from './multi';",
      "import type { T } from './types-only';",
      "export { c } from './re-export';",
      "export * from './star';",
      "import './side-effect.css';",
      "const lazy = () => import('./lazy');",
    ].join('\n');
    expect(importSpecifiers('x.ts', code).sort()).toEqual(
      ['./lazy', './multi', './re-export', './side-effect.css', './star', './types-only'].sort(),
    );
  });

  it('does not count text that only looks like an import (a plugin writing code)', () => {
    const code = "const generated = `import x from './not-real';`;\n// import y from './comment'\nexport const name = 'from \\'./nope\\'';";
    expect(importSpecifiers('x.ts', code)).toEqual([]);
  });
});

describe('the rules', () => {
  it('names both imports of a two-file cycle', () => {
    const problems = importDirectionProblems([
      edge('src/features/catalogue/validate.ts', 'src/features/catalogue/validate-refs.ts', './validate-refs'),
      edge('src/features/catalogue/validate-refs.ts', 'src/features/catalogue/validate.ts', './validate'),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('import cycle');
    expect(problems[0]).toContain("src/features/catalogue/validate.ts imports './validate-refs'");
    expect(problems[0]).toContain("src/features/catalogue/validate-refs.ts imports './validate'");
  });

  it('finds a cycle in build/ and tools/ too, and a longer one', () => {
    const problems = importDirectionProblems([
      edge('tools/oruk/a.ts', 'tools/oruk/b.ts'),
      edge('tools/oruk/b.ts', 'build/c.ts'),
      edge('build/c.ts', 'tools/oruk/a.ts'),
    ]);
    expect(problems).toEqual([expect.stringContaining('import cycle build/c.ts -> tools/oruk/a.ts -> tools/oruk/b.ts -> build/c.ts')]);
  });

  it('finds two features that import each other through different files', () => {
    const problems = importDirectionProblems([
      edge('src/features/service/slots.tsx', 'src/features/pathways/links.tsx', '../pathways/links'),
      edge('src/features/pathways/card.tsx', 'src/features/service/details.tsx', '../service/details'),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^folder loop src\/features\/pathways -> src\/features\/service -> src\/features\/pathways: .*card\.tsx imports '\.\.\/service\/details'.*slots\.tsx imports '\.\.\/pathways\/links'/,
      ),
    ]);
  });

  it('stops src/lib/ importing the app, or a package', () => {
    expect(importDirectionProblems([edge('src/lib/open-now.ts', 'src/features/catalogue/oruk.ts', '../features/catalogue/oruk')])).toEqual([
      expect.stringContaining("src/lib/open-now.ts imports '../features/catalogue/oruk'"),
    ]);
    expect(importDirectionProblems([{ from: 'src/lib/online.ts', specifier: '@preact/signals' }])).toEqual([
      expect.stringContaining("src/lib/online.ts imports '@preact/signals'"),
    ]);
    expect(importDirectionProblems([edge('src/lib/paths.ts', 'src/lib/intl.ts', './intl')])).toEqual([]);
  });

  it('lets only the router and pages import a page', () => {
    expect(
      importDirectionProblems([edge('src/features/search/result-card.tsx', 'src/pages/service-page.tsx', '../../pages/service-page')]),
    ).toEqual([expect.stringContaining("src/features/search/result-card.tsx imports '../../pages/service-page'")]);
    expect(importDirectionProblems([edge('src/components/layout.tsx', 'src/app.tsx', '../app')])).toHaveLength(1);
    expect(
      importDirectionProblems([
        edge('src/app.tsx', 'src/pages/home-page.tsx'),
        edge('src/pages/service-page.tsx', 'src/pages/not-found-page.tsx'),
      ]),
    ).toEqual([]);
  });

  it('keeps Node, build/ and tools/ out of the browser tree, and the interface out of them', () => {
    const problems = importDirectionProblems([
      { from: 'src/config/route-preloader.ts', specifier: 'node:crypto' },
      { from: 'src/features/x/y.ts', specifier: 'fs' },
      edge('src/features/catalogue/catalogue.ts', 'build/catalogue-files.ts', '../../../build/catalogue-files'),
      edge('src/pages/about-page.tsx', 'tools/oruk/index.ts', '../../tools/oruk'),
    ]);
    expect(problems).toEqual([
      expect.stringContaining("src/config/route-preloader.ts imports 'node:crypto'"),
      expect.stringContaining("src/features/x/y.ts imports 'fs'"),
      expect.stringContaining("src/features/catalogue/catalogue.ts imports '../../../build/catalogue-files' (build/catalogue-files.ts)"),
      expect.stringContaining("src/pages/about-page.tsx imports '../../tools/oruk' (tools/oruk/index.ts)"),
    ]);
    expect(
      importDirectionProblems([edge('build/catalogue-plugin.ts', 'src/features/service/sources.tsx', '../src/features/service/sources')]),
    ).toEqual([expect.stringContaining("build/catalogue-plugin.ts imports '../src/features/service/sources'")]);
    // build/ and tools/ run in Node and may use it, and may use src/'s shared pure modules.
    expect(
      importDirectionProblems([
        { from: 'build/first-render/preloader-script.ts', specifier: 'node:crypto' },
        edge('tools/oruk/draft.ts', 'src/features/catalogue/validate.ts'),
      ]),
    ).toEqual([]);
  });

  it('groups src/ files by feature, or by top folder', () => {
    expect(srcFolderOf('src/features/map/leaflet-map.ts')).toBe('src/features/map');
    expect(srcFolderOf('src/lib/intl.ts')).toBe('src/lib');
    expect(srcFolderOf('src/app.tsx')).toBe('src/app.tsx');
    expect(srcFolderOf('build/manifest.ts')).toBeUndefined();
  });
});
