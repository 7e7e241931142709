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
import { checkFields, DATASET_SCHEMA, TABLE_SCHEMAS, type Issue } from './validate-schema';

export {
  isClockTime,
  isEmail,
  isHttpUrl,
  isIsoDate,
  isSourceDate,
  isUkPhoneNumber,
  isWellFormedPostcode,
} from './validate-fields';

export interface Problem {
  /** e.g. "data/catalogue/services.json" */
  file: string;
  /** The record's id; "(record 3)" (counting from 1) when it has none; "-" for a problem with the whole file. */
  id: string;
  /** The field at fault; "-" when the problem is with the whole record or file. */
  field: string;
  /** Plain words. */
  reason: string;
}

export interface AreaDistrict {
  /** ONS local authority district code, e.g. "E07000095". */
  lad_code: string;
  name: string;
  county: string;
}

/** data/area.json */
export interface AreaConfig {
  bounds: { south: number; west: number; north: number; east: number };
  districts: AreaDistrict[];
  name?: string;
  short_name?: string;
  languages?: string[];
  tile_url?: string;
  tile_attribution?: string;
  exit_site?: string;
  report_problem_email?: string;
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
  return value as unknown as AreaConfig;
}

function issuesToProblems(file: string, id: string, issues: Issue[]): Problem[] {
  return issues.map(({ field, reason }) => ({ file, id, field, reason }));
}

/** Every problem in the catalogue files, in table order, then across tables. */
export function validateCatalogue(
  files: Partial<Record<string, unknown>>,
  area: AreaConfig,
  opts: ValidateOptions = {},
): Problem[] {
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
      const issues = [
        ...checkFields(item, TABLE_SCHEMAS[table]),
        ...(TABLE_RULES[table] ?? []).flatMap((rule) => rule(item, ctx)),
      ];
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
