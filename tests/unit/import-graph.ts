/**
 * Reads the import graph of the TypeScript under some folders, with the same parser Vite builds
 * with (oxc, through `vite`), so an import written across several lines, a type-only import, an
 * `export … from` and a literal `import()` all count, and a string that merely looks like an
 * import (a plugin's generated code) does not.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSync } from 'vite';

/** One import as written: the file (from the repo root, with /), what it asks for, and what that resolves to. */
export interface ImportEdge {
  from: string;
  specifier: string;
  /** A file of the repo (from its root, with /), or undefined for a package, `node:` module or virtual module. */
  to?: string;
}

const SOURCE = /\.(ts|tsx|mts)$/;
const TRY_SUFFIXES = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

const toPosix = (path: string): string => path.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveRelative(root: string, fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const base = specifier.startsWith('/') ? join(root, specifier) : resolve(dirname(fromFile), specifier);
  for (const suffix of TRY_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return toPosix(relative(root, candidate));
  }
  // Unresolved relative imports are still reported (as the path asked for), so a broken one is not silently dropped.
  return toPosix(relative(root, base));
}

/** The specifiers one file imports: static imports, re-exports, and `import()` of a string literal. */
export function importSpecifiers(fileName: string, code: string): string[] {
  const { module, errors } = parseSync(fileName, code);
  if (errors.length > 0) throw new Error(`${fileName}: cannot be parsed: ${errors[0]?.message ?? 'unknown error'}`);
  const specifiers = module.staticImports.map((entry) => entry.moduleRequest.value);
  for (const entry of module.staticExports) {
    for (const part of entry.entries) if (part.moduleRequest) specifiers.push(part.moduleRequest.value);
  }
  for (const entry of module.dynamicImports) {
    const literal = /^\s*(['"`])([^'"`$]+)\1\s*$/.exec(code.slice(entry.moduleRequest.start, entry.moduleRequest.end));
    if (literal?.[2]) specifiers.push(literal[2]);
  }
  return [...new Set(specifiers)];
}

/** Every import of every .ts/.tsx file under `folders` (relative to `root`); `files` lists the files read. */
export function readImportGraph(root: string, folders: string[]): { files: string[]; edges: ImportEdge[] } {
  const paths = folders.flatMap((folder) => sourceFiles(join(root, folder)));
  const edges = paths.flatMap((path) =>
    importSpecifiers(path, readFileSync(path, 'utf8')).map((specifier) => ({
      from: toPosix(relative(root, path)),
      specifier,
      to: resolveRelative(root, path, specifier),
    })),
  );
  return { files: paths.map((path) => toPosix(relative(root, path))), edges };
}

/**
 * The import cycles among `nodes`, each as the list of nodes around it (first repeated at the end).
 * `nodeOf` maps a file to its node (the file itself, or its folder), so the same search finds
 * folder loops too. Tarjan's strongly connected components, then one path around each.
 */
export function findCycles(edges: ImportEdge[], nodeOf: (file: string) => string | undefined): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = nodeOf(edge.from);
    const to = edge.to === undefined ? undefined : nodeOf(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)?.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component);
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => pathAround(component.sort(), next));
}

/** A shortest walk from the component's first node back to itself, through the component only. */
function pathAround(component: string[], next: Map<string, Set<string>>): string[] {
  const start = component[0] ?? '';
  const inside = new Set(component);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? '';
    for (const to of [...(next.get(node) ?? [])].sort()) {
      if (!inside.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [...component, start];
}
