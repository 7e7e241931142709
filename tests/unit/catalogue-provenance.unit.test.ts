/**
 * Every shipped phone number, email, website and address can be traced to a source row
 * (../shared/data/services/*.csv) that cites one of the service's own source_url pages.
 * This is the "real data only" rule, checked against the sources rather than trusted.
 * Each contact fact also carries the page it came from and that page's date, exactly as its row
 * gives them (or "undated"); a national number carries its official page instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';

const root = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(root, '../shared/data/services');
const files = readCatalogueDir(path.join(root, 'data/catalogue')).files as unknown as CatalogueFiles;
const catalogue = normaliseCatalogue(files);

type Row = Record<string, string>;
const sourceFiles = [
  path.join(SHARED, 'family_services_candidates.csv'),
  path.join(SHARED, 'sourced_contacts.csv'),
  path.join(root, 'data/sources/extra_sourced_facts.csv'),
  path.join(root, 'data/sources/rules_sourced_facts.csv'),
];
const rows: Row[] = sourceFiles.flatMap((file) => (existsSync(file) ? (parse(readFileSync(file), { columns: true }) as Row[]) : []));
const urlsOf = (row: Row) => (row.source_url ?? '').split(' | ').map((u) => u.trim());
const digits = (s: string) => s.replace(/\D/g, '');
const rowText = (row: Row) => Object.values(row).join(' ');
/** The row's date as a fact carries it: "2023 or later" keeps "2023"; blank is "undated". */
const rowDate = (row: Row) => /^\d{4}(-\d{2}){0,2}/.exec((row.source_date ?? '').trim())?.[0] ?? 'undated';
const samePages = (row: Row, pages: string[] | undefined) => JSON.stringify(urlsOf(row)) === JSON.stringify(pages);
const nationalNumbers = parse(readFileSync(path.join(root, 'data/sources/national_fixed_numbers.csv')), { columns: true }) as Row[];
const contactService = new Map(files.contacts.map((c) => [c.id, c.service_id]));

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

describe.skipIf(!existsSync(SHARED))("every contact fact carries the page it came from and that page's date", () => {
  /** A row that states this fact, with the same pages and date the fact carries. */
  const fromRow = (pages: string[] | undefined, date: string | undefined, states: (row: Row) => boolean) =>
    rows.some((row) => samePages(row, pages) && rowDate(row) === date && states(row));

  it('phones: from their row, or (national numbers only) from the official page listed for that number', () => {
    const untraced = files.phones.filter((p) => {
      if (p.national_number) {
        const official = nationalNumbers.find((n) => n.number === p.number);
        return (
          !official || JSON.stringify(p.source_url) !== JSON.stringify([official.source_url]) || p.source_date !== official.source_date
        );
      }
      return !fromRow(
        p.source_url,
        p.source_date,
        (row) => digits(row.phone ?? '').includes(digits(p.number)) || digits(rowText(row)).includes(digits(p.number)),
      );
    });
    expect(untraced.map((p) => `${contactService.get(p.contact_id)} ${p.number}`)).toEqual([]);
  });

  it('only the listed national numbers are marked national (999, 111, 18001 111, 116 123)', () => {
    const marked = [...new Set(files.phones.filter((p) => p.national_number).map((p) => p.number))].sort();
    expect(marked).toEqual(nationalNumbers.map((n) => n.number).sort());
  });

  it('opening times: from the row whose hours they give, or the official page of a national number', () => {
    const untraced = files.schedules.filter((s) => {
      if (s.national_number)
        return !nationalNumbers.some((n) => n.hours_quote && JSON.stringify(s.source_url) === JSON.stringify([n.source_url]));
      return !fromRow(s.source_url, s.source_date, (row) => {
        const hours = (row.phone_hours || row.opening_or_hours || '').trim();
        return hours !== '' && (s.description ?? '').includes(hours);
      });
    });
    expect(untraced.map((s) => s.id)).toEqual([]);
  });

  it('websites and emails: from the row that gives them', () => {
    const untraced = files.services.flatMap((s) => [
      ...(s.url &&
      !fromRow(
        s.website_source,
        s.website_source_date,
        (row) => row.website === s.url || row.website?.replace(/^http:/, 'https:') === s.url,
      )
        ? [`${s.id} website`]
        : []),
      ...(s.email && !fromRow(s.email_source, s.email_source_date, (row) => row.email === s.email) ? [`${s.id} email`] : []),
    ]);
    expect(untraced).toEqual([]);
  });

  it('addresses: from the row that names the town', () => {
    const untraced = files.addresses.filter((a) => !fromRow(a.source_url, a.source_date, (row) => rowText(row).includes(a.city)));
    expect(untraced.map((a) => a.id)).toEqual([]);
  });
});
