import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { readArea, readCatalogueDir } from '../../build/catalogue-files';
import { validateCatalogue } from '../../src/features/catalogue/validate';
import { readSource } from '../../tools/oruk/fetch-source';
import { importFeed, type ImportOptions } from '../../tools/oruk/import-feed';
import { formatReport, type ImportReport } from '../../tools/oruk/import-report';
import { parseMappings } from '../../tools/oruk/taxonomy-map';
import { plainText } from '../../tools/oruk/text';

const TODAY = '2026-06-01';
const FEED = 'https://feed.example.org/api';
const area = readArea('data/area.json');
const base = readCatalogueDir('data/catalogue').files as unknown as CatalogueFiles;
const importOptions = (source: string): ImportOptions => ({
  area,
  today: TODAY,
  source,
  feedUrl: FEED,
  mappings: parseMappings(JSON.parse(readFileSync('data/taxonomy-mappings.json', 'utf8'))),
  base: { taxonomies: base.taxonomies, taxonomy_terms: base.taxonomy_terms },
});

async function importFixture(version: 'v1' | 'v3') {
  const { docs } = await readSource(`tests/fixtures/oruk/${version}`);
  return importFeed(docs, importOptions(version));
}

type Rec = Record<string, unknown>;
const byId = (rows: readonly object[], id: string) => (rows as Rec[]).find((r) => r.id === id);
const tagsOf = (files: CatalogueFiles, sid: string) => files.attributes.filter((a) => a.link_id === sid).map((a) => a.taxonomy_term_id);
const warningsOf = (report: ImportReport, kind: string) => report.warnings.filter((w) => w.kind === kind);
const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('plainText', () => {
  it('strips tags, drops script and style contents, decodes entities, keeps line breaks', () => {
    expect(plainText('<p>A &amp; B</p><script>alert(1)</script><style>p{}</style><p>C&nbsp;&lt;D&gt;<br/>E &#8211; &#x1F476;</p>')).toBe(
      'A & B\nC <D>\nE – 👶',
    );
  });
  it('leaves tidy text without markup exactly as it is, including non-Latin scripts', () => {
    const s = 'Tom & Jerry: 5 < 6\n\nوالدین کے لیے مدد · বাবা-মায়ের';
    expect(plainText(s)).toBe(s);
  });
  it('drops an unclosed script to the end rather than showing its code', () => {
    expect(plainText('Hello<script>steal()')).toBe('Hello');
  });
});

describe('importing the ORUK v1 fixture feed (two saved pages)', async () => {
  const { files, report } = await importFixture('v1');

  it('counts what it read, imported and rejected, naming file, record id, field and reason', () => {
    expect(report.read).toBe(11);
    expect(report.imported).toBe(8);
    expect(report.rejected).toEqual([
      { file: 'page-2.json', id: 'v1-1', field: 'id', reason: 'duplicate id: page-1.json record 1 has it too, and is the one kept' },
      {
        file: 'page-2.json',
        id: 'v1-11',
        field: 'minimum_age',
        reason: "for ages 11 and over: outside the app's range (before pregnancy to starting school)",
      },
      { file: 'page-2.json', id: 'v1-10', field: 'name', reason: 'required field is missing' },
    ]);
    expect(files.services.map((s) => s.id)).toEqual(['v1-1', 'v1-2', 'v1-3', 'v1-4', 'v1-6', 'v1-7', 'v1-8', 'v1-9']);
  });

  it('writes a catalogue that passes the build validator', () => {
    expect(validateCatalogue(files as unknown as Record<string, unknown>, area, { today: TODAY })).toEqual([]);
  });

  it('keeps the original id, dates and terms, and points source_url at the record in the feed', () => {
    const s = byId(files.services, 'v1-1')!;
    expect(s).toMatchObject({ assured_date: '2026-03-14', last_modified: '2026-03-20T10:00:00Z', minimum_age: 0, maximum_age: 5 });
    expect(s.source_url).toEqual([`${FEED}/services/v1-1`]);
    expect(byId(files.taxonomy_terms, 'dfe-health-visiting')).toMatchObject({ name: 'Health visiting' });
    expect(tagsOf(files, 'v1-1').sort()).toEqual([
      'cat-health-visiting',
      'dfe-health-visiting',
      'hb-health-visiting',
      // A feed's health visiting team can fill a pathway ending's health-visiting contact (data/curation/contact-roles.json).
      'role-health-visiting',
      'stage-babies-toddlers',
    ]);
  });

  it('maps the v1 nested details: weekday schedule, postcode, languages, service area, holiday hours named', () => {
    expect(byId(files.schedules, 'sch-1')).toEqual({
      id: 'sch-1',
      service_id: 'v1-1',
      freq: 'WEEKLY',
      byday: 'MO',
      opens_at: '09:30',
      closes_at: '12:00',
      description: 'Mondays, 9:30am to noon',
    });
    expect(byId(files.addresses, 'addr-1')).toMatchObject({ postal_code: 'SG1 1AA', city: 'Stevenage' });
    expect(files.languages.filter((l) => l.service_id === 'v1-1').map((l) => l.code)).toEqual(['en', 'pl']);
    expect(byId(files.service_areas, 'area-1')).toMatchObject({ extent_type: 'lad_codes', extent: 'E07000243', name: 'Stevenage' });
    expect(warningsOf(report, 'not-stored').map((w) => [w.id, w.field])).toEqual([['v1-1', 'holiday_schedules']]);
  });

  it('leaves null and empty fields out (never null, never ""), and never dates a record by its import', () => {
    const json = JSON.stringify(files);
    expect(json).not.toContain('null');
    expect(json).not.toContain('""');
    expect(byId(files.services, 'v1-2')).toEqual({
      id: 'v1-2',
      organization_id: 'org-2',
      name: 'Fictional Null Fields Group',
      description: 'A fictional service for testing the importer.',
      status: 'active',
      source_url: [`${FEED}/services/v1-2`],
    });
    expect(json).not.toContain('checked_on');
  });

  it('keeps a location without coordinates, warning that it is left out of near-me', () => {
    const loc = byId(files.locations, 'loc-3')!;
    expect(loc.latitude).toBeUndefined();
    expect(loc.name).toBe('Fictional Village Hall');
    expect(warningsOf(report, 'no-coordinates')).toEqual([
      expect.objectContaining({ file: 'page-1.json', id: 'loc-3', table: 'locations' }),
    ]);
    expect(byId(files.locations, 'loc-1')).toMatchObject({ latitude: 51.9034, longitude: -0.1966 });
  });

  it('keeps a service with a malformed phone, without that number, and normalises +44 (0) numbers', () => {
    expect(byId(files.phones, 'ph-4-bad')).toBeUndefined();
    expect(byId(files.phones, 'ph-4-good')).toMatchObject({ number: '07700 900123', contact_id: 'con-4' });
    expect(byId(files.services, 'v1-4')).toBeDefined();
    expect(warningsOf(report, 'bad-phone')).toEqual([expect.objectContaining({ id: 'ph-4-bad', field: 'number', file: 'page-1.json' })]);
  });

  it('keeps the first of two records with the same id', () => {
    expect(byId(files.services, 'v1-1')!.name).toBe('Fictional Health Visiting Clinic');
    expect(files.services.filter((s) => s.id === 'v1-1')).toHaveLength(1);
  });

  it('lists a service with an unknown taxonomy term under "Other", keeps the term and names it', () => {
    expect(tagsOf(files, 'v1-6')).toContain('cat-other');
    expect(tagsOf(files, 'v1-6')).toContain('esd:99999');
    expect(byId(files.taxonomy_terms, 'cat-other')).toMatchObject({ name: 'Other', taxonomy_id: 'bsf-category' });
    expect(report.unknown_terms).toEqual([{ name: 'Underwater basket weaving', taxonomy: 'esdServiceTypes', services: 1 }]);
    expect(warningsOf(report, 'unknown-taxonomy')[0]!.reason).toContain('"Underwater basket weaving"');
    expect(tagsOf(files, 'v1-1')).not.toContain('cat-other');
  });

  it('stores HTML as plain text: tags gone, script and style contents dropped, entities decoded', () => {
    const s = byId(files.services, 'v1-7')!;
    expect(s.name).toBe('Baby & me group');
    expect(s.description).toBe('Weekly drop-in for parents & carers.\nBring your red book <health record>.\nNo booking needed.');
    expect(JSON.stringify(files)).not.toMatch(/<script|alert\(|color:red/);
  });

  it('cuts very long text to 10,000 characters at a word, with a warning', () => {
    const d = String(byId(files.services, 'v1-8')!.description);
    expect(d.length).toBeLessThanOrEqual(10_000);
    expect(d.length).toBeGreaterThan(9_000);
    expect(d.endsWith('…')).toBe(true);
    expect(warningsOf(report, 'text-clipped')).toEqual([
      expect.objectContaining({ id: 'v1-8', field: 'description', reason: '12729 characters cut to 10000' }),
    ]);
  });

  it('keeps non-Latin text exactly and maps language names to codes', () => {
    const s = byId(files.services, 'v1-9')!;
    expect(s.name).toBe('Grupa wsparcia dla rodziców – Żłobek');
    expect(s.description).toBe('والدین کے لیے مدد اور مشورہ۔ বাবা-মায়ের জন্য সহায়তা। Wsparcie dla rodziców małych dzieci.');
    expect(files.languages.filter((l) => l.service_id === 'v1-9').map((l) => l.code)).toEqual(['pl', 'ur', 'bn']);
  });

  it('prints a report with the counts, each rejected record and each kind of warning', () => {
    const text = formatReport(report);
    expect(text).toContain('Read 11 services; imported 8; merged 0; rejected 3.');
    expect(text).toContain('page-2.json v1-10 name: required field is missing');
    expect(text).toContain('Bad phone number: kept without it (1):');
    expect(text).toContain('"Underwater basket weaving" (esdServiceTypes): 1 service(s)');
  });
});

describe('importing the ORUK 3.0 fixture feed (two saved pages)', async () => {
  const { files, report } = await importFixture('v3');

  it('imports 8 of 9, rejecting the repeated id, and validates', () => {
    expect([report.read, report.imported, report.rejected.map((r) => [r.id, r.field])]).toEqual([9, 8, [[U(1), 'id']]]);
    expect(validateCatalogue(files as unknown as Record<string, unknown>, area, { today: TODAY })).toEqual([]);
  });

  it('takes ages from the service, terms from attributes, times from HH:MM:SS and the area from a district name', () => {
    expect(byId(files.services, U(1))).toMatchObject({
      minimum_age: 0,
      maximum_age: 2,
      assured_date: '2026-04-01',
      source_url: [`${FEED}/services/${U(1)}`],
    });
    expect(tagsOf(files, U(1)).sort()).toEqual([U(801), 'cat-infant-feeding', 'hb-infant-feeding', 'stage-babies-toddlers'].sort());
    expect(byId(files.schedules, U(401))).toMatchObject({ byday: 'TU,TH', opens_at: '10:00', closes_at: '11:30' });
    expect(byId(files.service_areas, U(601))).toMatchObject({ extent: 'E07000073', extent_type: 'lad_codes' });
  });

  it('handles each awkward case as the v1 import does', () => {
    expect(Object.keys(byId(files.services, U(2))!).sort()).toEqual([
      'description',
      'id',
      'name',
      'organization_id',
      'source_url',
      'status',
    ]);
    expect(byId(files.locations, U(1003))!.latitude).toBeUndefined();
    expect(warningsOf(report, 'no-coordinates').map((w) => w.id)).toEqual([U(1003)]);
    expect(byId(files.phones, U(304))).toBeUndefined();
    expect(byId(files.phones, U(305))).toMatchObject({ number: '07700 900456' });
    expect(tagsOf(files, U(6))).toContain('cat-other');
    expect(report.unknown_terms.map((t) => t.name)).toEqual(['Quantum origami']);
    expect(byId(files.services, U(7))).toMatchObject({ name: 'Bold 3.0 "group"', description: 'Plain words only.' });
    expect(String(byId(files.services, U(8))!.description).length).toBeLessThanOrEqual(10_000);
    expect(byId(files.services, U(9))).toMatchObject({ name: 'Klub dla rodziców – Łódź', description: 'اردو میں معلومات۔ বাংলায় তথ্য।' });
  });

  it('does not add "Other" to a catalogue whose terms all map', async () => {
    const { docs } = await readSource('tests/fixtures/oruk/v3/page-1.json');
    const { files: only } = importFeed(docs, importOptions('page-1'));
    expect(only.taxonomy_terms.some((t) => t.id === 'cat-other')).toBe(false);
  });

  it('shows a service with no ages and no life-stage term under every life stage, and says so', () => {
    const record = { ...JSON.parse(readFileSync('tests/fixtures/oruk/v3/page-1.json', 'utf8')).contents[1], attributes: [] };
    const { files: one, report: r } = importFeed([{ name: 'one.json', kind: 'services', json: [record] }], importOptions('one'));
    expect(tagsOf(one, U(2)).sort()).toEqual(
      ['cat-other', 'stage-babies-toddlers', 'stage-early-years', 'stage-pregnancy', 'stage-preconception'].sort(),
    );
    expect(warningsOf(r, 'all-life-stages').map((w) => w.id)).toEqual([U(2)]);
  });
});

describe('v1 sessions', () => {
  const session = (id: string, schedule: Rec) => ({
    id,
    name: `Fictional session ${id}`,
    description: 'A made-up session.',
    status: 'active',
    organization: { id: 'org-s', name: 'Fictional centre', description: 'Made up.' },
    regular_schedules: [{ id: `${id}-sch`, weekday: 2, opens_at: '10:00:00', closes_at: '11:30:00', freq: 'WEEKLY', ...schedule }],
  });

  it('keeps weekly, fortnightly and monthly sessions with how often they run, never a fortnightly one as weekly', () => {
    const { files, report: r } = importFeed(
      [
        {
          name: 's.json',
          kind: 'services',
          json: [
            session('s-1', { interval: 1 }),
            session('s-2', { interval: 2 }),
            session('s-3', { interval: 2, dtstart: '2026-01-06T00:00:00Z' }),
            session('s-4', { freq: 'MONTHLY', weekday: undefined, byday: '1MO' }),
            session('s-5', { freq: 'monthly', weekday: undefined, byday: '-1FR, 3WE' }),
            session('s-6', { freq: 'MONTHLY', weekday: undefined, bymonthday: 15 }),
          ],
        },
      ],
      importOptions('s'),
    );
    expect(byId(files.schedules, 's-1-sch')).toMatchObject({
      service_id: 's-1',
      freq: 'WEEKLY',
      byday: 'TU',
      opens_at: '10:00',
      closes_at: '11:30',
    });
    expect(byId(files.schedules, 's-1-sch')).not.toHaveProperty('interval');
    expect(byId(files.schedules, 's-2-sch')).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: 'TU' });
    expect(byId(files.schedules, 's-2-sch')).not.toHaveProperty('dtstart');
    expect(byId(files.schedules, 's-3-sch')).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: 'TU', dtstart: '2026-01-06' });
    expect(byId(files.schedules, 's-4-sch')).toMatchObject({ freq: 'MONTHLY', byday: '1MO', opens_at: '10:00' });
    expect(byId(files.schedules, 's-5-sch')).toMatchObject({ freq: 'MONTHLY', byday: '-1FR,3WE' });
    expect(byId(files.schedules, 's-6-sch')).toMatchObject({ freq: 'MONTHLY', bymonthday: '15' });
    expect(byId(files.schedules, 's-6-sch')).not.toHaveProperty('byday');
    expect(warningsOf(r, 'row-dropped').filter((w) => w.table === 'schedules')).toEqual([]);
  });

  it('leaves out, with a note, a repeat it cannot put into words: daily, "second to last Friday", weekly on the 15th', () => {
    const { files, report: r } = importFeed(
      [
        {
          name: 's.json',
          kind: 'services',
          json: [
            session('s-7', { freq: 'DAILY' }),
            session('s-8', { freq: 'MONTHLY', weekday: undefined, byday: '-2FR' }),
            session('s-9', { freq: 'WEEKLY', weekday: undefined, bymonthday: '15' }),
            session('s-10', { interval: 1.5 }),
          ],
        },
      ],
      importOptions('s'),
    );
    for (const id of ['s-7-sch', 's-8-sch', 's-9-sch', 's-10-sch']) expect(byId(files.schedules, id)).toBeUndefined();
    expect(warningsOf(r, 'row-dropped').filter((w) => w.table === 'schedules')).toEqual([
      expect.objectContaining({ id: 's-7-sch', field: 'freq', reason: expect.stringContaining('"DAILY"') }),
      expect.objectContaining({ id: 's-8-sch', field: 'byday', reason: expect.stringContaining('"-2FR"') }),
      expect.objectContaining({ id: 's-9-sch', field: 'byday', reason: expect.stringContaining('weekly') }),
      expect.objectContaining({ id: 's-10-sch', field: 'interval', reason: expect.stringContaining('1.5') }),
    ]);
  });
});

describe('a 3.0 record dated only by its metadata', () => {
  it('takes the latest change in its metadata as its modified date', () => {
    const record = {
      id: 'm-1',
      name: 'Fictional dated group',
      description: 'A made-up session.',
      status: 'active',
      organization: { id: 'org-m', name: 'Fictional centre', description: 'Made up.' },
      schedules: [],
      metadata: [
        { id: 'md-1', last_action_date: '2026-01-02', last_action_type: 'create' },
        { id: 'md-2', last_action_date: '2026-02-03T09:00:00Z', last_action_type: 'update' },
      ],
    };
    const { files } = importFeed([{ name: 'm.json', kind: 'services', json: [record] }], importOptions('m'));
    expect(byId(files.services, 'm-1')).toMatchObject({ last_modified: '2026-02-03' });
  });
});
