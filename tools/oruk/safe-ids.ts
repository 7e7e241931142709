/**
 * Feed ids end up in links (/services/<id>), so they are held to letters, digits and . _ : -
 * (the build validator's rule, idProblem). An id with anything else ("../about", "a/b?c#d",
 * "Service 12") is re-minted, the same way every time it appears, so the records that refer to
 * it still match; each one is named in the import report. Pure.
 */
import { idProblem } from '../../src/features/catalogue/validate-fields';
import { CHILD_TABLES, type Draft } from './draft';
import type { Rec } from './text';

/** FNV-1a, 32 bits, as 8 hex digits: tells apart ids that differ only in unsafe characters. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The id itself when it is safe, else a readable safe form plus a hash of the original. */
export function safeId(id: string): string {
  if (idProblem(id) === undefined) return id;
  const readable = id
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${readable || 'id'}-${shortHash(id)}`;
}

/** The fields of each kind of row that hold an id or a reference to one. */
const ID_FIELDS = ['id', 'organization_id', 'service_id', 'location_id', 'contact_id'];
const TERM_ID_FIELDS = ['id', 'taxonomy_id', 'parent_id', 'attribute_id'] as const;

/** Re-mints every unsafe id and reference in a draft, with a note for each id re-minted. */
export function makeIdsSafe(d: Draft): void {
  const named = new Set<string>();
  const fix = (table: string, row: Rec, field: string) => {
    const value = row[field];
    // A missing id stays missing: assembly rejects the record and says so.
    if (typeof value !== 'string' || value === '') return;
    const safe = safeId(value);
    if (safe === value) return;
    row[field] = safe;
    if (field !== 'id' || named.has(`${table} ${value}`)) return;
    named.add(`${table} ${value}`);
    d.notes.push({
      kind: 'id-reminted',
      table,
      id: safe,
      field: 'id',
      reason: `"${value}" has characters an id cannot have (only letters, digits and . _ : -): re-minted as "${safe}"`,
    });
  };
  for (const field of ID_FIELDS) fix('services', d.service, field);
  if (d.organization) for (const field of ID_FIELDS) fix('organizations', d.organization, field);
  for (const table of CHILD_TABLES) for (const row of d.rows[table]) for (const field of ID_FIELDS) fix(table, row, field);
  for (const term of d.terms) {
    for (const field of TERM_ID_FIELDS) fix('taxonomy_terms', term as unknown as Rec, field);
  }
}
