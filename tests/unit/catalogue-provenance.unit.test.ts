/**
 * Every shipped phone number, email, website and address can be traced to a source row
 * (../shared/data/services/*.csv) that cites one of the service's own source_url pages.
 * This is the "real data only" rule, checked against the sources rather than trusted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../src/features/catalogue/load-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';

const root = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(root, '../shared/data/services');
const { files } = readCatalogueDir(path.join(root, 'data/catalogue'));
const catalogue = normaliseCatalogue(files as unknown as CatalogueFiles);

type Row = Record<string, string>;
const sourceFiles = [
  path.join(SHARED, 'family_services_candidates.csv'),
  path.join(SHARED, 'sourced_contacts.csv'),
  path.join(root, 'data/sources/extra_sourced_facts.csv'),
];
const rows: Row[] = sourceFiles.flatMap((file) =>
  existsSync(file) ? (parse(readFileSync(file), { columns: true }) as Row[]) : [],
);
const urlsOf = (row: Row) => (row.source_url ?? '').split(' | ').map((u) => u.trim());
const digits = (s: string) => s.replace(/\D/g, '');
const rowText = (row: Row) => Object.values(row).join(' ');

describe.skipIf(!existsSync(SHARED))('every contact fact is traceable to its cited source', () => {
  for (const service of catalogue.services) {
    const cited = rows.filter((row) => urlsOf(row).some((u) => service.sourceUrls.includes(u)));

    it(`${service.id} cites at least one source row`, () => {
      expect(cited.length).toBeGreaterThan(0);
    });

    it(`${service.id}: phones, email, website and addresses appear in its cited rows`, () => {
      const text = cited.map(rowText).join(' ');
      const textDigits = cited.map((r) => digits(rowText(r)));
      const untraced = [
        ...service.phones.filter((p) => !textDigits.some((d) => d.includes(digits(p.number)))).map((p) => p.number),
        ...(service.email && !text.includes(service.email) ? [service.email] : []),
        // A source's http:// website ships as https:// (the catalogue allows https only).
        ...(service.url && ![service.url, service.url.replace(/^https:/, 'http:')].some((u) => text.includes(u.replace(/\/$/, '')))
          ? [service.url]
          : []),
        ...service.locations.flatMap((l) => {
          const a = l.address;
          return a && ![a.line1, a.town, a.postcode].every((part) => !part || text.includes(part)) ? [l.id] : [];
        }),
      ];
      expect(untraced).toEqual([]);
    });
  }
});
