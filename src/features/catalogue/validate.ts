/**
 * Build-time validator for data/catalogue/*.json. Pure: no fs, no DOM; runs in Node and the browser.
 *
 *   const problems = validateCatalogue(files, area);   // files: table name → parsed JSON
 *   problems.map(formatProblem)                         // one line each
 *
 * Field shapes and single-value formats: validate-schema.ts; checks across fields of one
 * record: validate-rules.ts; ids and references: validate-refs.ts; value checkers: validate-fields.ts.
 */
import { TABLE_NAMES } from './oruk';
import { isRecord } from '../../lib/is-record';
import { isIsoDate, localToday } from './validate-fields';
import { catalogueFile, idProblems, recordLabel, referenceProblems, taggingProblems, type Tables } from './validate-refs';
import { notInFuture, TABLE_RULES, type RuleContext } from './validate-rules';
import type { Problem } from './validate-problem';
import { checkFields, DATASET_SCHEMA, TABLE_SCHEMAS, type Issue } from './validate-schema';

export type { Problem } from './validate-problem';

export { isClockTime, isEmail, isHttpUrl, isIsoDate, isSourceDate, isUkPhoneNumber, isWellFormedPostcode } from './validate-fields';

export interface AreaDistrict {
  /** ONS local authority district code, e.g. "E07000095". */
  lad_code: string;
  name: string;
  county: string;
}

/**
 * A part of the area whose families are sent to different services (a county, say): a pathway
 * answer "Where do you live?" picks one, and a contact may be for one part only.
 */
export interface AreaPart {
  /** Used in data/pathways (`area`) and in the text keys `pathways.ui.onlyIn.<id>`. */
  id: string;
  name: string;
  /** Its districts are the area's districts with this county. */
  county: string;
}

/** data/area.json */
export interface AreaConfig {
  bounds: { south: number; west: number; north: number; east: number };
  districts: AreaDistrict[];
  parts: AreaPart[];
  /** Services an urgent pathway answer may lead to first (999, NHS 111, safeguarding, maternity lines). */
  urgent_service_ids: string[];
  /** Shown in the app's description, the installed app's name and the imported catalogue's name. */
  name: string;
  short_name?: string;
  /** The app's colour in the browser bar and the installed app (#rrggbb). */
  theme_color: string;
  languages?: string[];
  tile_url: string;
  tile_attribution?: string;
  exit_site?: string;
  report_problem_email?: string;
  /** The Open Referral UK feeds `npm run refresh` re-imports, each into data/feeds/<id>/ (checked by build/area-feeds.ts). */
  feeds?: AreaFeed[];
}

/** One feed of data/area.json `feeds`. */
export interface AreaFeed {
  /** The layer's folder name, data/feeds/<id>/. */
  id: string;
  /** The directory's name, as the service page shows it. */
  name: string;
  /** An https:// feed address, or a file or folder of saved pages (relative to the project folder). */
  source: string;
}

export interface ValidateOptions {
  /** YYYY-MM-DD; verified_on and built_on later than this are "in the future". Default: today's local date. */
  today?: string;
}

type Rec = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Checks that a parsed data/area.json has the shape the validator needs; throws with plain words if not. */
export function parseAreaConfig(value: unknown): AreaConfig {
  if (!isRecord(value)) throw new Error('area.json must hold an object');
  const { bounds, districts } = value;
  const edges = ['south', 'west', 'north', 'east'] as const;
  if (!isRecord(bounds) || !edges.every((k) => typeof bounds[k] === 'number' && Number.isFinite(bounds[k]))) {
    throw new Error('area.json: bounds must have numbers south, west, north and east');
  }
  const districtOk = (d: unknown) =>
    isRecord(d) && typeof d.lad_code === 'string' && typeof d.name === 'string' && typeof d.county === 'string';
  if (!Array.isArray(districts) || !districts.every(districtOk)) {
    throw new Error('area.json: districts must be a list of { lad_code, name, county }');
  }
  partsProblem(value.parts, new Set(districts.map((d: Rec) => d.county)));
  const urgent = value.urgent_service_ids;
  if (!Array.isArray(urgent) || !urgent.every((id) => typeof id === 'string' && id !== '')) {
    throw new Error('area.json: urgent_service_ids must be a list of catalogue service ids');
  }
  if (typeof value.name !== 'string' || value.name.trim() === '') throw new Error("area.json: name must be the area's name");
  if (!(typeof value.theme_color === 'string' && /^#[0-9a-f]{6}$/i.test(value.theme_color))) {
    throw new Error(`area.json: theme_color "${String(value.theme_color)}" must be a colour like "#00615c"`);
  }
  // The header and map markers put white text on it: WCAG 2.2 AA asks 4.5:1.
  const contrast = contrastWithWhite(value.theme_color);
  if (contrast < 4.5) {
    throw new Error(
      `area.json: theme_color "${value.theme_color}" has ${contrast.toFixed(2)}:1 contrast with white text; it needs at least 4.5:1 (choose a darker colour)`,
    );
  }
  if (typeof value.tile_url !== 'string' || !/^https:\/\/.*\{z\}.*\{x\}.*\{y\}/.test(value.tile_url)) {
    throw new Error(`area.json: tile_url "${String(value.tile_url)}" must be an https address with {z}, {x} and {y}`);
  }
  return value as unknown as AreaConfig;
}

/** WCAG's contrast ratio of a #rrggbb colour with white. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

/** Throws naming the part at fault: each needs an id, a name and a county some district has. */
function partsProblem(parts: unknown, counties: ReadonlySet<unknown>): void {
  if (!Array.isArray(parts) || parts.length === 0) throw new Error('area.json: parts must be a list of { id, name, county }');
  const ids = new Set<string>();
  parts.forEach((part: unknown, i) => {
    const at = `area.json: parts[${i}]`;
    if (!isRecord(part) || typeof part.id !== 'string' || typeof part.name !== 'string' || typeof part.county !== 'string') {
      throw new Error(`${at} must be { id, name, county }`);
    }
    if (!/^[a-z][a-z0-9-]*$/.test(part.id)) throw new Error(`${at} id: "${part.id}" must be lower-case letters, digits and hyphens`);
    if (ids.has(part.id)) throw new Error(`${at} id: "${part.id}" appears twice`);
    ids.add(part.id);
    if (!counties.has(part.county)) throw new Error(`${at} (${part.id}) county: "${part.county}" is not the county of any district`);
  });
}

function issuesToProblems(file: string, id: string, issues: Issue[]): Problem[] {
  return issues.map(({ field, reason }) => ({ file, id, field, reason }));
}

/** Every problem in the catalogue files, in table order, then across tables. */
export function validateCatalogue(files: Partial<Record<string, unknown>>, area: AreaConfig, opts: ValidateOptions = {}): Problem[] {
  const today = opts.today ?? localToday();
  if (!isIsoDate(today)) throw new Error(`validateCatalogue: today "${today}" is not a YYYY-MM-DD date`);
  const ctx: RuleContext = {
    today,
    bounds: area.bounds,
    districtCodes: new Set(area.districts.map((d) => d.lad_code)),
  };
  const problems: Problem[] = [];
  const tables: Tables = {};

  for (const table of TABLE_NAMES) {
    const file = catalogueFile(table);
    const value = files[table];
    if (value === undefined) {
      problems.push({ file, id: '-', field: '-', reason: 'file is missing (or could not be read)' });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({ file, id: '-', field: '-', reason: `must be a list (JSON array) of records, not ${describe(value)}` });
      continue;
    }
    const records = value.map((item: unknown, index): Rec | undefined => {
      if (!isRecord(item)) {
        problems.push({ file, id: `(record ${index + 1})`, field: '-', reason: `must be an object, not ${describe(item)}` });
        return undefined;
      }
      const issues = [...checkFields(item, TABLE_SCHEMAS[table]), ...(TABLE_RULES[table] ?? []).flatMap((rule) => rule(item, ctx))];
      problems.push(...issuesToProblems(file, recordLabel(item, index), issues));
      return item;
    });
    tables[table] = records;
  }

  problems.push(...datasetProblems(files.dataset, ctx));
  problems.push(...idProblems(tables), ...referenceProblems(tables), ...taggingProblems(tables));
  return problems;
}

function datasetProblems(dataset: unknown, ctx: RuleContext): Problem[] {
  const file = catalogueFile('dataset');
  if (dataset === undefined) return [{ file, id: '-', field: '-', reason: 'file is missing (or could not be read)' }];
  if (!isRecord(dataset)) return [{ file, id: '-', field: '-', reason: `must be an object, not ${describe(dataset)}` }];
  const issues = [...checkFields(dataset, DATASET_SCHEMA), ...notInFuture('built_on')(dataset, ctx)];
  return issuesToProblems(file, '-', issues);
}

/** One line: `data/catalogue/services.json svc-foo organization_id: "org-missing" does not match any organization`. */
export function formatProblem(p: Problem): string {
  return `${p.file} ${p.id} ${p.field}: ${p.reason}`;
}
