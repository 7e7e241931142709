/**
 * The catalogue build stamps dates truthfully: each fact gets its own row's page and date,
 * national numbers get their official page, a verification is copied only when it is recorded
 * in full, and the build date is the build date.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build module, without types
import { addService as addServiceIn, buildDate, serviceAreasFrom } from '../../scripts/data/catalogue/build.mjs';
import area from '../../data/area.json';

const addService = (src: unknown, spec: unknown, tables: unknown) => addServiceIn(src, spec, tables, serviceAreasFrom(area));

type Row = Record<string, string>;
// One row per line, read as a table.
// prettier-ignore
const ROWS: Row[] = [
  { record_id: 'a1', phone: '0300 123 4567', phone_hours: 'Mon-Fri 9am-5pm', website: 'https://a.example.org', source_url: 'https://a.example.org/contact', source_date: '2021-03-04' },
  { record_id: 'a2', email: 'help@a.example.org', source_url: 'https://b.example.org/page', source_date: '2024 or later' },
  { record_id: 'a3', phone: '111', phone_hours: '24 hours', source_url: 'https://old.example.org/111', source_date: '' },
];

function source(verifications: Row[] = []) {
  return {
    rows: new Map(ROWS.map((r) => [r.record_id, r])),
    places: new Map(),
    postcodes: new Map(),
    nationalNumbers: new Map([
      [
        '111',
        {
          number: '111',
          source_url: 'https://nhs.example.org/111',
          source_date: 'undated',
          hours_quote: 'The service is available 24 hours a day, 365 days a year.',
        },
      ],
    ]),
    verifications: new Map(verifications.map((v) => [v.service_id, v])),
  };
}

type TableName =
  | 'services'
  | 'contacts'
  | 'phones'
  | 'schedules'
  | 'cost_options'
  | 'locations'
  | 'addresses'
  | 'service_at_locations'
  | 'service_areas'
  | 'attributes';
type Tables = Record<TableName, Record<string, unknown>[]>;
const emptyTables = (): Tables => ({
  services: [],
  contacts: [],
  phones: [],
  schedules: [],
  cost_options: [],
  locations: [],
  addresses: [],
  service_at_locations: [],
  service_areas: [],
  attributes: [],
});
const SPEC = {
  id: 'x',
  org: 'x',
  name: 'X',
  area: 'country',
  rows: ['a1', 'a2', 'a3'],
  description: 'X',
  url: 'a1',
  email: 'a2',
  phones: [{ from: 'a1' }, { from: 'a3', key: 'nhs' }],
  schedules: [
    { from: 'a1', byday: 'MO', opens: '09:00', closes: '17:00' },
    { from: 'a3', key: 'nhs', byday: 'MO', opens: '00:00', closes: '24:00' },
  ],
  terms: ['stage-pregnancy', 'cat-x'],
};

describe('catalogue build dates', () => {
  it('gives each fact its own row page and date, or "undated"', () => {
    const tables = emptyTables();
    addService(source(), SPEC, tables);
    const [service] = tables.services;
    expect(service).toMatchObject({
      website_source: ['https://a.example.org/contact'],
      website_source_date: '2021-03-04',
      email_source: ['https://b.example.org/page'],
      email_source_date: '2024',
    });
    expect(tables.phones[0]).toMatchObject({
      number: '0300 123 4567',
      source_url: ['https://a.example.org/contact'],
      source_date: '2021-03-04',
    });
    expect(tables.schedules[0]).toMatchObject({ source_url: ['https://a.example.org/contact'], source_date: '2021-03-04' });
    expect(service).not.toHaveProperty('checked_on');
    expect(service).not.toHaveProperty('verified_on');
  });

  it('cites a national number, and its hours, to the official page and marks them', () => {
    const tables = emptyTables();
    addService(source(), SPEC, tables);
    expect(tables.phones[1]).toMatchObject({
      number: '111',
      source_url: ['https://nhs.example.org/111'],
      source_date: 'undated',
      national_number: true,
    });
    expect(tables.schedules[1]).toMatchObject({ source_url: ['https://nhs.example.org/111'], national_number: true });
    expect(tables.services[0]?.source_url).toContain('https://nhs.example.org/111');
  });

  it('copies a verification only when it says when, who and how', () => {
    const full = {
      service_id: 'svc-x',
      verified_on: '2026-11-20',
      verified_by_role: 'a health visitor',
      verified_how: 'phoned the number',
    };
    const tables = emptyTables();
    addService(source([full]), SPEC, tables);
    expect(tables.services[0]).toMatchObject({
      verified_on: '2026-11-20',
      verified_by_role: 'a health visitor',
      verified_how: 'phoned the number',
    });
    expect(() => addService(source([{ ...full, verified_how: '' }]), SPEC, emptyTables())).toThrow(/when, who and how/);
  });

  it('dates the build by SOURCE_DATE_EPOCH when set, otherwise today', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764979200' })).toBe('2025-12-06');
    expect(buildDate({})).toBe(new Date().toISOString().slice(0, 10));
  });
});
