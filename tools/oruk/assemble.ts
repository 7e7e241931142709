/**
 * Drafts (from from-v1.ts / from-v3.ts) → our catalogue tables and an import report.
 * Rows shared by several services (organizations, locations) are merged by id; duplicates are
 * named; every service is tagged (tagging.ts) and the whole is validated and settled (repair.ts).
 */
import {
  TABLE_NAMES,
  type CatalogueFiles,
  type DatasetInfo,
  type TableName,
  type Taxonomy,
  type TaxonomyTerm,
} from '../../src/features/catalogue/oruk';
import type { AreaConfig } from '../../src/features/catalogue/validate';
import { CHILD_TABLES, type Draft, type Note } from './draft';
import type { ImportReport, ImportWarning, Rejected } from './import-report';
import { repair, type RepairState, type Tables } from './repair';
import { tagService, type TagContext } from './tagging';
import type { TermMatcher } from './taxonomy-map';
import type { Rec } from './text';

export interface AssembleOptions {
  area: AreaConfig;
  today: string;
  /** Shown in the report: the file, folder or URL imported. */
  source: string;
  matcher: TermMatcher;
  other: TaxonomyTerm;
  /** Our taxonomies and terms (life stages, categories, ...), plus any the feed's own export carried. */
  base: { taxonomies: Taxonomy[]; taxonomy_terms: TaxonomyTerm[] };
  /** dataset.json fields to keep (from our own export); built_on is kept from our own export, else the import date. */
  dataset?: Partial<DatasetInfo>;
  publisher?: string;
}

const SHARED = new Set<TableName>(['organizations', 'locations', 'addresses', 'accessibility']);
const key = (table: string, id: string) => `${table} ${id}`;

/** No field given in both with different values (key order and missing fields do not matter). */
function agrees(a: Rec, b: Rec): boolean {
  return Object.keys(b).every((k) => a[k] === undefined || b[k] === undefined || JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

export function assemble(drafts: Draft[], opts: AssembleOptions): { files: CatalogueFiles; report: ImportReport } {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, new Map<string, Rec>()])) as Tables;
  for (const t of opts.base.taxonomies) tables.taxonomies.set(t.id, { ...t });
  for (const t of opts.base.taxonomy_terms) tables.taxonomy_terms.set(t.id, { ...t });
  const owners = new Map<string, Set<string>>();
  const draftOf = new Map<string, Draft>();
  const rejected: Rejected[] = [];
  const notes: { sid: string; file: string; note: Note }[] = [];
  const tagCtx: TagContext = { matcher: opts.matcher, other: opts.other, unknown: new Map() };

  const put = (d: Draft, sid: string, table: TableName, row: Rec) => {
    const id = String(row.id);
    const existing = tables[table].get(id);
    // A v1 feed repeats an organisation or location inside every service that uses it, sometimes
    // with fewer fields: a repeat that does not contradict the first is no warning.
    if (existing && SHARED.has(table) && agrees(existing, row)) {
      for (const [k, v] of Object.entries(row)) if (existing[k] === undefined) existing[k] = v;
    } else if (existing && JSON.stringify(existing) !== JSON.stringify(row)) {
      const reason = SHARED.has(table)
        ? 'given with different details in another record: the first is kept'
        : 'this id is already used by another record: this one is left out';
      notes.push({ sid, file: d.source, note: { kind: 'duplicate', table, id, field: 'id', reason } });
      if (!SHARED.has(table)) return;
    }
    if (!existing) tables[table].set(id, row);
    const k = key(table, id);
    owners.set(k, (owners.get(k) ?? new Set()).add(sid));
  };

  for (const d of drafts) {
    const sid = typeof d.service.id === 'string' ? d.service.id : '';
    const reject = (field: string, reason: string) => rejected.push({ file: d.source, id: sid || `(record ${d.position})`, field, reason });
    if (!sid) {
      reject('id', 'missing: a service needs an id');
      continue;
    }
    const first = draftOf.get(sid);
    if (first) {
      reject('id', `duplicate id: ${first.source} record ${first.position} has it too, and is the one kept`);
      continue;
    }
    const out = opts.matcher.outOfScope(d.service.minimum_age as number | undefined, d.service.maximum_age as number | undefined);
    if (out && !d.ours) {
      reject('minimum_age', out);
      continue;
    }
    draftOf.set(sid, d);
    tables.services.set(sid, d.service);
    for (const note of d.notes) notes.push({ sid, file: d.source, note });
    if (d.organization) put(d, sid, 'organizations', d.organization);
    for (const t of CHILD_TABLES) for (const row of d.rows[t]) put(d, sid, t, row);
    const tagNotes: Note[] = [];
    tagService(d, sid, tables, tagCtx, tagNotes);
    for (const note of tagNotes) notes.push({ sid, file: d.source, note });
  }
  for (const term of tables.taxonomy_terms.values()) {
    if (typeof term.parent_id === 'string' && !tables.taxonomy_terms.has(term.parent_id)) delete term.parent_id;
  }

  const rejectedIds = new Set<string>();
  const state: RepairState = {
    tables,
    owners,
    reject(sid, field, reason) {
      if (rejectedIds.has(sid)) return;
      rejectedIds.add(sid);
      rejected.push({ file: draftOf.get(sid)?.source ?? opts.source, id: sid, field, reason });
      tables.services.delete(sid);
      for (const a of [...tables.attributes.values()]) if (a.link_id === sid) tables.attributes.delete(String(a.id));
      for (const [k, set] of owners) {
        if (!set.delete(sid) || set.size > 0) continue;
        const [table, ...rest] = k.split(' ');
        tables[table as TableName].delete(rest.join(' '));
      }
    },
    warn(table, id, note) {
      const sids = owners.get(key(table, id)) ?? (table === 'services' ? new Set([id]) : new Set<string>());
      for (const sid of sids) notes.push({ sid, file: draftOf.get(sid)?.source ?? opts.source, note: { ...note, table, id } });
    },
    dataset: () => datasetOf(opts) as unknown as Rec,
  };
  repair(state, opts.area, opts.today);

  for (const loc of tables.locations.values()) {
    if (loc.latitude !== undefined) continue;
    for (const sid of owners.get(key('locations', String(loc.id))) ?? []) {
      if (!tables.services.has(sid)) continue;
      notes.push({
        sid,
        file: draftOf.get(sid)!.source,
        note: {
          kind: 'no-coordinates',
          table: 'locations',
          id: String(loc.id),
          field: 'latitude',
          reason: `no coordinates: "${String(tables.services.get(sid)!.name)}" is left out of near-me search at "${String(loc.name)}"`,
        },
      });
    }
  }

  // The same note about a shared record (an organisation repeated in 50 services) is listed once.
  const seenNotes = new Set<string>();
  const warnings: ImportWarning[] = notes
    .filter((n) => tables.services.has(n.sid))
    .map(({ file, note }) => ({ file, ...note }))
    .filter((w) => {
      const k = JSON.stringify([w.file, w.kind, w.table, w.id, w.field, w.reason]);
      return seenNotes.has(k) ? false : (seenNotes.add(k), true);
    });
  const files = { dataset: datasetOf(opts) } as unknown as CatalogueFiles;
  for (const t of TABLE_NAMES) (files as unknown as Record<string, Rec[]>)[t] = [...tables[t].values()];
  const unknown_terms = [...tagCtx.unknown.values()]
    .map((u) => ({ name: u.name, taxonomy: u.taxonomy, services: [...u.services].filter((s) => tables.services.has(s)).length }))
    .filter((u) => u.services > 0);
  return {
    files,
    report: {
      source: opts.source,
      today: opts.today,
      read: drafts.length,
      imported: tables.services.size,
      rejected,
      warnings,
      unknown_terms,
    },
  };
}

function datasetOf(opts: AssembleOptions): DatasetInfo {
  return {
    name: opts.dataset?.name ?? `${opts.area.name ?? 'Local'} family services (imported)`,
    publisher: opts.dataset?.publisher ?? opts.publisher ?? 'Open Referral UK feed',
    // When the directory was made (our own export keeps its build date; a feed gets the import date),
    // shown as "Directory built on": never a check of the facts.
    built_on: opts.dataset?.built_on ?? opts.today,
    licence_note:
      opts.dataset?.licence_note ??
      `Imported from the Open Referral UK feed ${opts.source} on ${opts.today}. Check the publisher's licence before you publish it.`,
  };
}
