/**
 * Node-only: reads data/pathways/*.json and checks them against the catalogue and the English
 * texts, for the build (catalogue-plugin.ts buildStart and the virtual:pathways module) and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../src/i18n/locales/en/pathways.json';
import { readArea } from './catalogue-files';
import type { CatalogueFiles } from '../src/features/catalogue/oruk';
import type { Pathway } from '../src/features/pathways/types';
import { formatProblem, validatePathways, type Problem } from '../src/features/pathways/validate';

export class PathwaysError extends Error {}

/** "pathways.a.b" for every text in a locale file; a plural "x_one"/"x_other" also gives "x". */
export function textKeys(json: unknown, prefix = ''): Set<string> {
  const keys = new Set<string>();
  if (typeof json === 'string') {
    keys.add(prefix);
    keys.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
  } else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) for (const key of textKeys(v, prefix ? `${prefix}.${k}` : k)) keys.add(key);
  }
  return keys;
}

/** Every pathway file in dir, sorted by name; an unreadable file is a problem, not a crash. */
export function readPathwaysDir(dir: string): { pathways: Pathway[]; problems: Problem[] } {
  const pathways: Pathway[] = [];
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return { pathways, problems: [{ pathway: '-', step: '-', reason: `cannot read the folder ${dir}` }] };
  }
  for (const name of names) {
    const id = name.slice(0, -'.json'.length);
    try {
      const pathway = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Pathway;
      if (pathway.id !== id) problems.push({ pathway: id, step: '-', reason: `its id "${pathway.id}" differs from the file name` });
      pathways.push(pathway);
    } catch (err) {
      problems.push({ pathway: id, step: '-', reason: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { pathways, problems };
}

/** Reads and validates dataDir/pathways; throws PathwaysError with one line per problem. */
export function loadValidPathways(dataDir: string, catalogue: CatalogueFiles): Pathway[] {
  const { pathways, problems } = readPathwaysDir(join(dataDir, 'pathways'));
  const serviceIds = new Set(catalogue.services.map((s) => s.id));
  const sources = new Set(catalogue.services.flatMap((s) => s.source_url));
  const area = readArea(join(dataDir, 'area.json'));
  problems.push(...validatePathways(pathways, serviceIds, textKeys(en), area, sources));
  if (problems.length > 0) {
    throw new PathwaysError(`The pathways in data/pathways have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
  return pathways;
}

/** The source of the virtual:pathways module. */
export function pathwaysModule(pathways: Pathway[]): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(pathways))});`;
}
