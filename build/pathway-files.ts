/**
 * Node-only: reads data/pathways/*.json, checks them against the catalogue and the English
 * texts, and fills each contact from the catalogue (contact-roles.ts), for the build
 * (catalogue-plugin.ts buildStart and the virtual:pathways module), the coverage report and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../src/i18n/locales/en/pathways.json';
import { readArea } from './catalogue-files';
import type { CatalogueFiles } from '../src/features/catalogue/oruk';
import { CONTACT_ROLE_TAXONOMY, fillPathways, roleServices, type CoreContacts } from '../src/features/pathways/contact-roles';
import type { Pathway, PathwayData } from '../src/features/pathways/types';
import { formatProblem, routeProblems, validatePathways, type Problem } from '../src/features/pathways/validate';

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
export function readPathwaysDir(dir: string): { pathways: PathwayData[]; problems: Problem[] } {
  const pathways: PathwayData[] = [];
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
      const pathway = JSON.parse(readFileSync(join(dir, name), 'utf8')) as PathwayData;
      if (pathway.id !== id) problems.push({ pathway: id, step: '-', reason: `its id "${pathway.id}" differs from the file name` });
      pathways.push(pathway);
    } catch (err) {
      problems.push({ pathway: id, step: '-', reason: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { pathways, problems };
}

/** Each role's core contacts per part (dataDir/curation/contact-roles.json `core`); none when the area has no such file. */
export function readCoreContacts(dataDir: string): CoreContacts {
  const file = join(dataDir, 'curation', 'contact-roles.json');
  if (!existsSync(file)) return {};
  try {
    const { roles } = JSON.parse(readFileSync(file, 'utf8')) as { roles: Record<string, { core?: CoreContacts[string] }> };
    return Object.fromEntries(Object.entries(roles).map(([role, { core }]) => [role, core ?? {}]));
  } catch (err) {
    throw new PathwaysError(`data/curation/contact-roles.json: cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** `BSF_STRICT=1` (CI, through npm test): a pathway warning fails the build instead of being printed. */
export function isStrict(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BSF_STRICT === '1';
}

export interface LoadedPathways {
  /** Every contact filled with a catalogue service, as the app shows them. */
  pathways: Pathway[];
  /** Preferred services the catalogue lacks, roles that fell back to a core contact or that nothing fills. */
  warnings: Problem[];
}

/**
 * Reads, validates and fills dataDir/pathways; throws PathwaysError with one line per problem,
 * and, when strict, with one line per warning too (naming pathway, ending and role).
 */
export function loadPathways(dataDir: string, catalogue: CatalogueFiles, { strict = false } = {}): LoadedPathways {
  const { pathways, problems } = readPathwaysDir(join(dataDir, 'pathways'));
  const serviceIds = new Set(catalogue.services.map((s) => s.id));
  const sources = new Set(catalogue.services.flatMap((s) => s.source_url));
  const roleIds = new Set(catalogue.taxonomy_terms.filter((t) => t.taxonomy_id === CONTACT_ROLE_TAXONOMY).map((t) => t.id));
  const area = readArea(join(dataDir, 'area.json'));
  problems.push(...validatePathways(pathways, serviceIds, textKeys(en), area, sources, roleIds));
  throwIfAny(problems.filter((p) => !p.warning));
  const parts = area.parts.map((part) => ({
    id: part.id,
    ladCodes: area.districts.filter((d) => d.county === part.county).map((d) => d.lad_code),
  }));
  const filled = fillPathways(pathways, roleServices(catalogue), parts, readCoreContacts(dataDir));
  // Filled from this catalogue, every route must still reach someone, and an urgent one an urgent contact first.
  throwIfAny(filled.pathways.flatMap((p) => routeProblems(p, area.urgent_service_ids)));
  const warnings = [...problems.filter((p) => p.warning), ...filled.warnings];
  if (strict && warnings.length > 0) {
    throw new PathwaysError(
      `Strict build (BSF_STRICT=1): the pathways in data/pathways have ${warnings.length} warning(s):\n${formatWarnings(warnings)}`,
    );
  }
  return { pathways: filled.pathways, warnings };
}

/** The filled pathways; warnings are left to the build to print. */
export function loadValidPathways(dataDir: string, catalogue: CatalogueFiles): Pathway[] {
  return loadPathways(dataDir, catalogue).pathways;
}

/** One line per pathway and reason, naming every ending it applies to, so a missing service is one line, not twenty. */
export function formatWarnings(warnings: Problem[]): string {
  const endings = new Map<string, { warning: Problem; steps: string[] }>();
  for (const w of warnings) {
    const key = `${w.pathway}\n${w.reason}`;
    const seen = endings.get(key);
    if (seen) seen.steps.push(w.step);
    else endings.set(key, { warning: w, steps: [w.step] });
  }
  return [...endings.values()].map(({ warning, steps }) => formatProblem({ ...warning, step: steps.join(', ') })).join('\n');
}

function throwIfAny(problems: Problem[]): void {
  if (problems.length > 0) {
    throw new PathwaysError(`The pathways in data/pathways have ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** The source of the virtual:pathways module. */
export function pathwaysModule(pathways: Pathway[]): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(pathways))});`;
}
