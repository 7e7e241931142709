/**
 * Runs the build's validator (validateCatalogue) over the assembled catalogue and settles every
 * problem, so only valid records reach data/: a bad optional field is left out (with a warning),
 * a bad detail row is dropped (with a warning), and a service whose own required facts are
 * wrong is rejected with the validator's field and reason. Repeats until nothing is left.
 */
import type { TableName } from '../../src/features/catalogue/oruk';
import { validateCatalogue, type AreaConfig, type Problem } from '../../src/features/catalogue/validate';
import { TABLE_SCHEMAS } from '../../src/features/catalogue/validate-schema';
import type { Note, WarningKind } from './draft';
import type { Rec } from './text';

export type Tables = Record<TableName, Map<string, Rec>>;

export interface RepairState {
  tables: Tables;
  /** "table id" → the services that own the row. */
  owners: Map<string, Set<string>>;
  /** Called to reject a service; removes it and everything only it owned. */
  reject(sid: string, field: string, reason: string): void;
  /** Records a warning against the services that own a row. */
  warn(table: TableName, id: string, note: Omit<Note, 'table' | 'id'>): void;
  /** Current dataset.json, recomputed from the services before each pass. */
  dataset(): Rec;
}

const key = (table: string, id: string) => `${table} ${id}`;
const PREFIX = 'data/catalogue/';

/** Rows hanging off a row that must go with it. */
const DEPENDANTS: Partial<Record<TableName, [TableName, string][]>> = {
  locations: [
    ['addresses', 'location_id'],
    ['accessibility', 'location_id'],
    ['service_at_locations', 'location_id'],
  ],
  contacts: [['phones', 'contact_id']],
  taxonomy_terms: [['attributes', 'taxonomy_term_id']],
};

export function dropRow(s: RepairState, table: TableName, id: string): void {
  s.tables[table].delete(id);
  for (const [child, ref] of DEPENDANTS[table] ?? []) {
    for (const row of [...s.tables[child].values()]) if (row[ref] === id) dropRow(s, child, String(row.id));
  }
}

function settle(s: RepairState, p: Problem): void {
  const table = p.file.slice(PREFIX.length, -'.json'.length) as TableName;
  const rows = s.tables[table];
  if (!rows) return; // dataset.json: recomputed on every pass
  const row = rows.get(p.id);
  if (!row) return; // already removed by an earlier problem this pass
  const spec = TABLE_SCHEMAS[table][p.field];
  const optional = spec !== undefined && spec.required !== true;
  if (table === 'services') {
    if (optional) {
      delete row[p.field];
      s.warn(table, p.id, { kind: 'field-dropped', field: p.field, reason: `${p.reason}: left out` });
    } else s.reject(p.id, p.field, p.reason);
    return;
  }
  if (table === 'organizations' && !optional) {
    for (const sid of [...(s.owners.get(key(table, p.id)) ?? [])]) s.reject(sid, `organization.${p.field}`, p.reason);
    return;
  }
  if (table === 'locations' && (p.field === 'latitude' || p.field === 'longitude')) {
    delete row.latitude;
    delete row.longitude;
    delete row.coordinates_from;
    s.warn(table, p.id, { kind: 'field-dropped', field: p.field, reason: `${p.reason}: coordinates left out` });
    return;
  }
  if (optional) {
    delete row[p.field];
    s.warn(table, p.id, { kind: 'field-dropped', field: p.field, reason: `${p.reason}: left out` });
    return;
  }
  const kind: WarningKind = table === 'phones' && p.field === 'number' ? 'bad-phone' : 'row-dropped';
  const reason =
    kind === 'bad-phone'
      ? `${p.reason}: the service is kept without this number`
      : `${p.reason}: this ${table.replace(/s$/, '')} is left out`;
  s.warn(table, p.id, { kind, field: p.field, reason });
  dropRow(s, table, p.id);
}

/** Validates and settles until the catalogue is clean; throws if it cannot get there. */
export function repair(s: RepairState, area: AreaConfig, today: string): void {
  for (let pass = 0; pass < 8; pass++) {
    const files: Record<string, unknown> = { dataset: s.dataset() };
    for (const [table, rows] of Object.entries(s.tables)) files[table] = [...rows.values()];
    const problems = validateCatalogue(files, area, { today });
    if (problems.length === 0) return;
    for (const p of problems) settle(s, p);
  }
  throw new Error('import: the catalogue still has problems after 8 passes (a bug in the importer)');
}
