/**
 * The import direction the folder contracts promise (README.md's layout, src/features/README.md),
 * as a pure check over an import graph: each broken rule is one line naming the file and the import.
 */
import { builtinModules } from 'node:module';
import { findCycles, type ImportEdge } from './import-graph';

const NODE_BUILTINS = new Set(builtinModules);

/** The folder a file belongs to for the folder-loop rule: each feature on its own, then src/'s top folders. */
export function srcFolderOf(file: string): string | undefined {
  const match = /^src\/(features\/[^/]+|[^/]+)\//.exec(file);
  if (match) return `src/${match[1]}`;
  return file.startsWith('src/') ? file : undefined;
}

const describe = (edge: ImportEdge): string =>
  `${edge.from} imports '${edge.specifier}'${edge.to && edge.to !== edge.specifier ? ` (${edge.to})` : ''}`;

function cycleLines(edges: ImportEdge[], nodeOf: (file: string) => string | undefined, label: string): string[] {
  return findCycles(edges, nodeOf).map((cycle) => {
    const hops = cycle.slice(0, -1).map((node, i) => {
      const next = cycle[i + 1];
      const edge = edges.find((e) => nodeOf(e.from) === node && e.to !== undefined && nodeOf(e.to) === next);
      return edge ? describe(edge) : `${node} -> ${next}`;
    });
    return `${label} ${cycle.join(' -> ')}: ${hops.join('; ')}`;
  });
}

const isNodeModule = (specifier: string): boolean =>
  specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? specifier);

/** One line per import that breaks a rule; empty when the graph keeps them all. */
export function importDirectionProblems(edges: ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const edge of edges) {
    const { from, to, specifier } = edge;
    if (from.startsWith('src/')) {
      if (isNodeModule(specifier)) problems.push(`${describe(edge)}: src/ runs in the browser and imports no Node module`);
      if (to && /^(build|tools)\//.test(to)) problems.push(`${describe(edge)}: src/ never imports build/ or tools/ (they run in Node)`);
    }
    if (/^(build|tools)\//.test(from) && to?.endsWith('.tsx')) {
      problems.push(`${describe(edge)}: build/ and tools/ run in Node and import src/'s pure modules, never its interface`);
    }
    if (from.startsWith('src/lib/') && !to?.startsWith('src/lib/') && !isNodeModule(specifier)) {
      problems.push(`${describe(edge)}: src/lib/ imports only src/lib/ (framework-free helpers, nothing of the app)`);
    }
    const importsPage = to !== undefined && (to.startsWith('src/pages/') || to === 'src/app.tsx' || to === 'src/boot.ts');
    const mayImportPages = from === 'src/boot.ts' || from === 'src/app.tsx' || from.startsWith('src/pages/');
    if (importsPage && !mayImportPages) problems.push(`${describe(edge)}: only the router (src/app.tsx) and pages import a page`);
  }
  problems.push(...cycleLines(edges, (file) => file, 'import cycle'));
  problems.push(...cycleLines(edges, srcFolderOf, 'folder loop'));
  return problems;
}
