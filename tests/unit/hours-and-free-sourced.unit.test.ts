/**
 * "Free" and a phone line's hours only where the source says so (issue 20), checked against the
 * source rows rather than trusted: a service that says "Free…" cites a row (or an official page
 * for a national number) that says free; a caveat shown with the hours is the row's own words;
 * and the hours given to a phone line come from a row that names that line's number.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';

const root = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(root, '../shared/data/services');
const files = readCatalogueDir(path.join(root, 'data/catalogue')).files as unknown as CatalogueFiles;

type Row = Record<string, string>;
const read = (file: string) => (existsSync(file) ? (parse(readFileSync(file), { columns: true }) as Row[]) : []);
const rows = [
  ...read(path.join(SHARED, 'family_services_candidates.csv')),
  ...read(path.join(SHARED, 'sourced_contacts.csv')),
  ...read(path.join(root, 'data/sources/extra_sourced_facts.csv')),
  ...read(path.join(root, 'data/sources/rules_sourced_facts.csv')),
  ...read(path.join(root, 'data/sources/national_fixed_numbers.csv')),
];
const urlsOf = (row: Row) => (row.source_url ?? '').split(' | ').map((u) => u.trim());
const citing = (pages: string[] | undefined) => rows.filter((row) => urlsOf(row).some((u) => pages?.includes(u)));
const textOf = (rs: Row[]) => rs.map((r) => Object.values(r).join(' ')).join(' ');
const digits = (s: string) => s.replace(/\D/g, '');

describe.skipIf(!existsSync(SHARED))('"Free" and line hours come from the sources', () => {
  it('every service that says "Free" cites a page that says free', () => {
    const unsourced = files.services
      .filter((s) => /^free\b/i.test(s.fees ?? ''))
      .filter((s) => !/\bfree/i.test(textOf(citing(s.source_url))))
      .map((s) => s.id);
    expect(unsourced).toEqual([]);
  });

  it('every caveat shown with the hours is the source row’s own words', () => {
    const withNotes = files.schedules.filter((s) => s.notes);
    expect(withNotes.length).toBeGreaterThan(0);
    const unsourced = withNotes.filter((s) => !textOf(citing(s.source_url)).includes(s.notes!)).map((s) => s.id);
    expect(unsourced).toEqual([]);
  });

  it('every phone line’s own hours come from a row that names that line’s number', () => {
    const phones = new Map(files.phones.map((p) => [p.id, p]));
    const lineHours = files.schedules.filter((s) => s.phone_id);
    expect(lineHours.length).toBeGreaterThan(0);
    const wrong = lineHours
      .filter((s) => !citing(s.source_url).some((r) => digits(r.phone ?? '').includes(digits(phones.get(s.phone_id!)?.number ?? 'x'))))
      .map((s) => s.id);
    expect(wrong).toEqual([]);
  });
});
