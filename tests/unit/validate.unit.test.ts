import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArea, readCatalogueDir } from '../../build/catalogue-files';
import { CatalogueError, loadValidCatalogue } from '../../build/catalogue-plugin';
import {
  formatProblem,
  isClockTime,
  isIsoDate,
  isUkPhoneNumber,
  isWellFormedPostcode,
  validateCatalogue,
  type Problem,
} from '../../src/features/catalogue/validate';
import { TEST_AREA, VALID_TODAY, validCatalogue } from '../fixtures/catalogue/valid';

type Loose = Record<string, unknown>;

/** The catalogue as loosely typed JSON, so tests can break it. */
function looseCatalogue(): Record<string, unknown> {
  return validCatalogue() as unknown as Record<string, unknown>;
}

/** The record with this id in this table (throws if the fixture lacks it). */
function rec(files: Record<string, unknown>, table: string, id: string): Loose {
  const found = (files[table] as Loose[]).find((r) => r.id === id);
  if (!found) throw new Error(`fixture has no ${table} ${id}`);
  return found;
}

function validate(files: Record<string, unknown>, today = VALID_TODAY): Problem[] {
  return validateCatalogue(files, TEST_AREA, { today });
}

const file = (table: string) => `data/catalogue/${table}.json`;

describe('validateCatalogue on a valid catalogue', () => {
  it('finds zero problems', () => {
    expect(validate(looseCatalogue())).toEqual([]);
  });

  it('allows unknown extra fields and files', () => {
    const c = looseCatalogue();
    rec(c, 'services', 'svc-nhs-111').imported_from = 'somewhere';
    c.notes = 'not a table';
    expect(validate(c)).toEqual([]);
  });

  it('defaults today to the current date', () => {
    expect(validateCatalogue(validCatalogue() as unknown as Loose, TEST_AREA)).toEqual([]);
  });
});

interface Case {
  name: string;
  break: (c: Record<string, unknown>) => void;
  file: string;
  id: string;
  field: string;
  /** A word the reason must contain. */
  reason?: RegExp;
}

const svc = (c: Record<string, unknown>) => rec(c, 'services', 'svc-watford-family-centre');
const phone = (c: Record<string, unknown>) => rec(c, 'phones', 'ph-watford-fc');
const loc = (c: Record<string, unknown>) => rec(c, 'locations', 'loc-watford-fc');
const addr = (c: Record<string, unknown>) => rec(c, 'addresses', 'addr-watford-fc');
const sch = (c: Record<string, unknown>) => rec(c, 'schedules', 'sch-watford-weekdays');

const SVC = { file: file('services'), id: 'svc-watford-family-centre' };
const PHONE = { file: file('phones'), id: 'ph-watford-fc', field: 'number' };
const LOC = { file: file('locations'), id: 'loc-watford-fc' };
const ADDR = { file: file('addresses'), id: 'addr-watford-fc', field: 'postal_code' };
const SCH = { file: file('schedules'), id: 'sch-watford-weekdays' };

// One case per line, read as a table.
// prettier-ignore
const CASES: Case[] = [
  // references
  { name: 'service points at a missing organization', break: (c) => { svc(c).organization_id = 'org-missing'; }, ...SVC, field: 'organization_id', reason: /"org-missing" does not match any organization/ },
  { name: 'dangling location_id in service_at_locations', break: (c) => { rec(c, 'service_at_locations', 'sal-watford-fc').location_id = 'loc-gone'; }, file: file('service_at_locations'), id: 'sal-watford-fc', field: 'location_id', reason: /loc-gone/ },
  { name: 'dangling service_id in service_at_locations', break: (c) => { rec(c, 'service_at_locations', 'sal-watford-fc').service_id = 'svc-gone'; }, file: file('service_at_locations'), id: 'sal-watford-fc', field: 'service_id' },
  { name: 'dangling address location_id', break: (c) => { addr(c).location_id = 'loc-gone'; }, file: file('addresses'), id: 'addr-watford-fc', field: 'location_id' },
  { name: 'dangling contact service_id', break: (c) => { rec(c, 'contacts', 'con-nhs-111').service_id = 'svc-gone'; }, file: file('contacts'), id: 'con-nhs-111', field: 'service_id' },
  { name: 'dangling phone contact_id', break: (c) => { phone(c).contact_id = 'con-gone'; }, file: file('phones'), id: 'ph-watford-fc', field: 'contact_id', reason: /contact/ },
  { name: 'dangling schedule service_id', break: (c) => { sch(c).service_id = 'svc-gone'; }, ...SCH, field: 'service_id' },
  { name: 'dangling cost_option service_id', break: (c) => { rec(c, 'cost_options', 'cost-watford').service_id = 'svc-gone'; }, file: file('cost_options'), id: 'cost-watford', field: 'service_id' },
  { name: 'dangling language service_id', break: (c) => { rec(c, 'languages', 'lang-111-pl').service_id = 'svc-gone'; }, file: file('languages'), id: 'lang-111-pl', field: 'service_id' },
  { name: 'dangling service_area service_id', break: (c) => { rec(c, 'service_areas', 'area-111').service_id = 'svc-gone'; }, file: file('service_areas'), id: 'area-111', field: 'service_id' },
  { name: 'dangling accessibility location_id', break: (c) => { rec(c, 'accessibility', 'acc-watford-fc').location_id = 'loc-gone'; }, file: file('accessibility'), id: 'acc-watford-fc', field: 'location_id' },
  { name: 'dangling taxonomy_id', break: (c) => { rec(c, 'taxonomy_terms', 'cat-health').taxonomy_id = 'bsf-nothing'; }, file: file('taxonomy_terms'), id: 'cat-health', field: 'taxonomy_id' },
  { name: 'dangling parent_id', break: (c) => { rec(c, 'taxonomy_terms', 'cat-urgent-health').parent_id = 'cat-gone'; }, file: file('taxonomy_terms'), id: 'cat-urgent-health', field: 'parent_id' },
  { name: 'dangling attribute link_id', break: (c) => { rec(c, 'attributes', 'att-111-cat').link_id = 'svc-gone'; }, file: file('attributes'), id: 'att-111-cat', field: 'link_id' },
  { name: 'dangling taxonomy_term_id', break: (c) => { rec(c, 'attributes', 'att-wfc-cat').taxonomy_term_id = 'cat-gone'; }, file: file('attributes'), id: 'att-wfc-cat', field: 'taxonomy_term_id', reason: /"cat-gone" does not match any taxonomy term/ },
  // ids
  { name: 'duplicate service id (second occurrence)', break: (c) => { rec(c, 'services', 'svc-harlow-baby-group').id = 'svc-nhs-111'; }, file: file('services'), id: 'svc-nhs-111', field: 'id', reason: /duplicate.*record 3/ },
  { name: 'record without an id', break: (c) => { delete rec(c, 'cost_options', 'cost-watford').id; }, file: file('cost_options'), id: '(record 1)', field: 'id' },
  { name: 'record that is not an object', break: (c) => { (c.languages as unknown[]).push('English'); }, file: file('languages'), id: '(record 3)', field: '-' },
  // tagging
  { name: 'active service without a life stage', break: (c) => { c.attributes = (c.attributes as Loose[]).filter((a) => a.id !== 'att-wfc-stage'); }, ...SVC, field: 'attributes', reason: /bsf-life-stage/ },
  { name: 'active service without a category', break: (c) => { c.attributes = (c.attributes as Loose[]).filter((a) => a.id !== 'att-111-cat'); }, file: file('services'), id: 'svc-nhs-111', field: 'attributes', reason: /bsf-category/ },
  // enums
  { name: 'bad enum status', break: (c) => { svc(c).status = 'open'; }, ...SVC, field: 'status', reason: /"open"/ },
  { name: 'bad location_type', break: (c) => { loc(c).location_type = 'building'; }, ...LOC, field: 'location_type' },
  { name: 'bad address_type', break: (c) => { addr(c).address_type = 'home'; }, file: file('addresses'), id: 'addr-watford-fc', field: 'address_type' },
  { name: 'bad freq', break: (c) => { sch(c).freq = 'DAILY'; }, ...SCH, field: 'freq' },
  { name: 'bad byday', break: (c) => { sch(c).byday = 'MO,TUE'; }, ...SCH, field: 'byday', reason: /TUE/ },
  { name: 'weekly byday with a place in the month', break: (c) => { sch(c).byday = '1MO'; }, ...SCH, field: 'byday', reason: /MONTHLY/ },
  { name: 'monthly byday without a place in the month', break: (c) => { sch(c).freq = 'MONTHLY'; sch(c).byday = 'MO'; }, ...SCH, field: 'byday', reason: /1MO/ },
  { name: 'monthly with no day', break: (c) => { sch(c).freq = 'MONTHLY'; delete sch(c).byday; }, ...SCH, field: 'byday', reason: /bymonthday/ },
  { name: 'bymonthday 32', break: (c) => { sch(c).freq = 'MONTHLY'; delete sch(c).byday; sch(c).bymonthday = '1,32'; }, ...SCH, field: 'bymonthday', reason: /"32"/ },
  { name: 'interval 0', break: (c) => { sch(c).interval = 0; }, ...SCH, field: 'interval' },
  { name: 'dtstart not a date', break: (c) => { sch(c).dtstart = '2026-02-30'; }, ...SCH, field: 'dtstart' },
  { name: 'bad extent_type', break: (c) => { rec(c, 'service_areas', 'area-111').extent_type = 'world'; }, file: file('service_areas'), id: 'area-111', field: 'extent_type' },
  { name: 'bad link_type', break: (c) => { rec(c, 'attributes', 'att-111-cat').link_type = 'organization'; }, file: file('attributes'), id: 'att-111-cat', field: 'link_type' },
  // phones
  { name: 'malformed phone "0300 123 45"', break: (c) => { phone(c).number = '0300 123 45'; }, ...PHONE },
  { name: 'phone with letters', break: (c) => { phone(c).number = '0300 123 4043 ext 2'; }, ...PHONE, reason: /digits and spaces only/ },
  { name: 'phone with options in the number', break: (c) => { phone(c).number = '111 (option 2)'; }, ...PHONE },
  { name: 'text short code without text_only', break: (c) => { phone(c).number = '85258'; }, ...PHONE, reason: /text_only/ },
  { name: 'text_only not a boolean', break: (c) => { phone(c).text_only = 'yes'; }, file: file('phones'), id: 'ph-watford-fc', field: 'text_only' },
  // provenance
  { name: 'missing source_url', break: (c) => { delete svc(c).source_url; }, ...SVC, field: 'source_url', reason: /where its facts came from/ },
  { name: 'empty source_url array', break: (c) => { svc(c).source_url = []; }, ...SVC, field: 'source_url' },
  { name: 'non-URL source_url', break: (c) => { svc(c).source_url = ['https://ok.example.org/', 'www.hertfordshire.gov.uk/families']; }, ...SVC, field: 'source_url', reason: /item 2/ },
  { name: 'source_url as a string', break: (c) => { svc(c).source_url = 'https://www.nhs.uk/'; }, ...SVC, field: 'source_url', reason: /list/ },
  { name: 'verification without who', break: (c) => { delete svc(c).verified_by_role; }, ...SVC, field: 'verified_by_role', reason: /who/ },
  { name: 'verification without how', break: (c) => { delete svc(c).verified_how; }, ...SVC, field: 'verified_how', reason: /how/ },
  { name: 'future verified_on', break: (c) => { svc(c).verified_on = '2025-07-01'; }, ...SVC, field: 'verified_on', reason: /future/ },
  { name: 'bad fact source_date', break: (c) => { phone(c).source_date = 'Spring 2020'; }, ...PHONE, field: 'source_date', reason: /undated/ },
  { name: 'fact page without its date', break: (c) => { delete phone(c).source_date; }, ...PHONE, field: 'source_date', reason: /go together/ },
  { name: 'email without its page date', break: (c) => { delete svc(c).email_source_date; }, ...SVC, field: 'email_source_date', reason: /go together/ },
  // dates and times
  { name: 'impossible date', break: (c) => { svc(c).assured_date = '2025-02-30'; }, ...SVC, field: 'assured_date', reason: /2025-02-30/ },
  { name: 'impossible verified_on', break: (c) => { svc(c).verified_on = '2025-13-01'; }, ...SVC, field: 'verified_on' },
  { name: 'valid_from after valid_to', break: (c) => { sch(c).valid_from = '2025-08-01'; }, ...SCH, field: 'valid_to' },
  { name: 'bad time "25:00"', break: (c) => { sch(c).opens_at = '25:00'; }, ...SCH, field: 'opens_at', reason: /25:00/ },
  { name: 'opens_at 24:00', break: (c) => { sch(c).opens_at = '24:00'; }, ...SCH, field: 'opens_at' },
  { name: 'time without leading zero', break: (c) => { sch(c).closes_at = '9:30'; }, ...SCH, field: 'closes_at' },
  { name: 'opens_at equals closes_at', break: (c) => { sch(c).closes_at = '09:30'; }, ...SCH, field: 'closes_at', reason: /same/ },
  // contact details
  { name: 'bad email', break: (c) => { svc(c).email = 'watford.fc at herts'; }, ...SVC, field: 'email' },
  { name: 'bad organization website', break: (c) => { rec(c, 'organizations', 'org-nhs').website = 'ftp://nhs.uk'; }, file: file('organizations'), id: 'org-nhs', field: 'website' },
  { name: 'bad term_uri', break: (c) => { rec(c, 'taxonomy_terms', 'cat-urgent-health').term_uri = 'esd:service/1'; }, file: file('taxonomy_terms'), id: 'cat-urgent-health', field: 'term_uri' },
  // postcodes
  { name: 'bad postcode', break: (c) => { addr(c).postal_code = 'WD17 ABC'; }, ...ADDR, reason: /not a UK postcode/ },
  { name: 'lowercase postcode', break: (c) => { addr(c).postal_code = 'wd17 1aa'; }, ...ADDR, reason: /"WD17 1AA"/ },
  { name: 'postcode without its space', break: (c) => { addr(c).postal_code = 'WD171AA'; }, ...ADDR, reason: /"WD17 1AA"/ },
  // coordinates and districts
  { name: 'latitude outside bounds', break: (c) => { loc(c).latitude = 51.5074; }, ...LOC, field: 'latitude', reason: /outside/ },
  { name: 'longitude outside bounds', break: (c) => { loc(c).longitude = 0.9; }, ...LOC, field: 'longitude' },
  { name: 'only latitude', break: (c) => { delete loc(c).longitude; }, ...LOC, field: 'longitude', reason: /missing/ },
  { name: 'unknown lad_code', break: (c) => { loc(c).lad_code = 'E09000033'; }, ...LOC, field: 'lad_code', reason: /E09000033/ },
  { name: 'service_area extent outside the area', break: (c) => { rec(c, 'service_areas', 'area-watford-fc').extent = 'E07000103,E06000055'; }, file: file('service_areas'), id: 'area-watford-fc', field: 'extent', reason: /E06000055/ },
  { name: 'lad_codes service_area without extent', break: (c) => { delete rec(c, 'service_areas', 'area-watford-fc').extent; }, file: file('service_areas'), id: 'area-watford-fc', field: 'extent' },
  // ages
  { name: 'minimum_age > maximum_age', break: (c) => { svc(c).minimum_age = 6; }, ...SVC, field: 'minimum_age', reason: /greater/ },
  { name: 'maximum_age over 25', break: (c) => { svc(c).maximum_age = 30; }, ...SVC, field: 'maximum_age' },
  { name: 'negative minimum_age', break: (c) => { svc(c).minimum_age = -1; }, ...SVC, field: 'minimum_age' },
  // shapes and types
  { name: 'missing table file', break: (c) => { delete c.phones; }, file: file('phones'), id: '-', field: '-', reason: /missing/ },
  { name: 'non-array table', break: (c) => { c.schedules = { id: 'sch-1' }; }, file: file('schedules'), id: '-', field: '-', reason: /list/ },
  { name: 'wrong type (name is a number)', break: (c) => { svc(c).name = 42; }, ...SVC, field: 'name', reason: /text/ },
  { name: 'required field missing', break: (c) => { delete rec(c, 'organizations', 'org-nhs').description; }, file: file('organizations'), id: 'org-nhs', field: 'description' },
  { name: 'empty string', break: (c) => { svc(c).fees = '  '; }, ...SVC, field: 'fees', reason: /empty/ },
  { name: 'null field', break: (c) => { svc(c).url = null; }, ...SVC, field: 'url', reason: /null/ },
  { name: 'number that is not finite', break: (c) => { rec(c, 'cost_options', 'cost-watford').amount = Number.NaN; }, file: file('cost_options'), id: 'cost-watford', field: 'amount' },
  { name: 'bad language code', break: (c) => { rec(c, 'languages', 'lang-111-pl').code = 'Polish'; }, file: file('languages'), id: 'lang-111-pl', field: 'code' },
  // dataset
  { name: 'missing dataset file', break: (c) => { delete c.dataset; }, file: file('dataset'), id: '-', field: '-' },
  { name: 'dataset as an array', break: (c) => { c.dataset = []; }, file: file('dataset'), id: '-', field: '-' },
  { name: 'dataset without publisher', break: (c) => { delete (c.dataset as Loose).publisher; }, file: file('dataset'), id: '-', field: 'publisher' },
  { name: 'dataset without built_on', break: (c) => { delete (c.dataset as Loose).built_on; }, file: file('dataset'), id: '-', field: 'built_on', reason: /built/ },
  { name: 'dataset built_on in the future', break: (c) => { (c.dataset as Loose).built_on = '2026-01-01'; }, file: file('dataset'), id: '-', field: 'built_on', reason: /future/ },
];

describe('validateCatalogue finds each class of problem', () => {
  it.each(CASES)('$name', (k) => {
    const c = looseCatalogue();
    k.break(c);
    const problems = validate(c);
    const match = problems.find((p) => p.file === k.file && p.id === k.id && p.field === k.field);
    expect(match, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    expect(match?.reason.trim()).not.toBe('');
    if (k.reason) expect(match?.reason).toMatch(k.reason);
  });

  it('does not report dangling references into a missing table', () => {
    const c = looseCatalogue();
    delete c.organizations;
    expect(validate(c)).toEqual([{ file: file('organizations'), id: '-', field: '-', reason: expect.any(String) }]);
  });

  it('does not require tags on services that are not active', () => {
    const c = looseCatalogue();
    // svc-harlow-baby-group is inactive and has no attributes at all.
    expect((c.attributes as Loose[]).some((a) => a.link_id === 'svc-harlow-baby-group')).toBe(false);
    rec(c, 'services', 'svc-harlow-baby-group').status = 'active';
    expect(
      validate(c)
        .filter((p) => p.id === 'svc-harlow-baby-group')
        .map((p) => p.field),
    ).toEqual(['attributes', 'attributes']);
  });

  it('resolves attribute link_id against services only when link_type is service', () => {
    const c = looseCatalogue();
    Object.assign(rec(c, 'attributes', 'att-111-cat'), { link_type: 'organization', link_id: 'org-nhs' });
    const fields = validate(c)
      .filter((p) => p.id === 'att-111-cat')
      .map((p) => p.field);
    expect(fields).toEqual(['link_type']);
  });

  it('accepts a verified_on and built_on of today, and "undated" as a page date', () => {
    const c = looseCatalogue();
    svc(c).verified_on = VALID_TODAY;
    (c.dataset as Loose).built_on = VALID_TODAY;
    phone(c).source_date = 'undated';
    expect(validate(c)).toEqual([]);
  });

  it('accepts sessions every other week, on the first Monday or last Friday of the month, and on days of the month', () => {
    for (const repeat of [
      { freq: 'WEEKLY', interval: 2, byday: 'TU', dtstart: '2026-01-06' },
      { freq: 'MONTHLY', byday: '1MO,-1FR' },
      { freq: 'MONTHLY', byday: undefined, bymonthday: '1,15,-1' },
    ]) {
      const c = looseCatalogue();
      Object.assign(sch(c), repeat);
      expect(validate(c)).toEqual([]);
    }
  });
});

describe('formatProblem', () => {
  it('writes one line: file, id, field, reason', () => {
    const c = looseCatalogue();
    svc(c).organization_id = 'org-missing';
    const [problem] = validate(c);
    expect(problem).toBeDefined();
    expect(formatProblem(problem!)).toBe(
      'data/catalogue/services.json svc-watford-family-centre organization_id: "org-missing" does not match any organization',
    );
  });
});

describe('isUkPhoneNumber', () => {
  const valid = [
    '111',
    '999',
    '112',
    '0300 330 7010',
    '0808 800 5000',
    '0800 1111',
    '116 123',
    '18001 111',
    '18001 0300 330 7010',
    '08 088 088 088',
    '01923 470680',
    '020 7946 0018',
    '07480 635164',
    '0345 603 7627',
    '0333 013 9911',
    '03301 025811',
    '0800 6444 101',
    '0808 2000 247',
    '0800 123 456',
  ];
  it.each(valid)('accepts %s', (n) => {
    expect(isUkPhoneNumber(n)).toBe(true);
  });

  const invalid = [
    '0300 123 45',
    '111 (option 2)',
    '0300-330-7010',
    '+44 300 330 7010',
    '300 330 7010',
    '0300 330 70100',
    '0345 603 762',
    '07480 63516',
    '0870 123 456',
    '09012 345678',
    '0800 1112',
    '18001',
    '18001 85258',
    '116 1234',
    'NHS 111',
    '',
    '   ',
  ];
  it.each(invalid)('rejects %j', (n) => {
    expect(isUkPhoneNumber(n)).toBe(false);
  });

  it('accepts 5-digit text short codes only when textOnly', () => {
    expect(isUkPhoneNumber('85258')).toBe(false);
    expect(isUkPhoneNumber('85258', { textOnly: true })).toBe(true);
    expect(isUkPhoneNumber('07480 635164', { textOnly: true })).toBe(true);
    expect(isUkPhoneNumber('8525', { textOnly: true })).toBe(false);
  });
});

describe('isWellFormedPostcode', () => {
  it.each(['WD17 1AA', 'AL10 9AB', 'CM20 1AB', 'SG1 1AA', 'N1 9GU', 'EC1A 1BB', 'W1A 0AX', 'al10 9ab', 'CM201AB', 'SG1-1AA'])(
    'accepts %s',
    (p) => {
      expect(isWellFormedPostcode(p)).toBe(true);
    },
  );
  it.each(['WD17', 'WD17 ABC', '1AA 1AA', 'AL10 9CB', 'QA1 1AA', 'AL100 9AB', ''])('rejects %j', (p) => {
    expect(isWellFormedPostcode(p)).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(['2025-01-31', '2024-02-29', '2000-02-29', '2025-12-31'].every((d) => isIsoDate(d))).toBe(true);
  });
  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-5',
    '25-01-05',
    '2025-01-05T10:00',
  ])('rejects %s', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});

describe('isClockTime', () => {
  it('accepts 00:00 to 23:59', () => {
    expect(['00:00', '09:05', '12:30', '23:59'].every((t) => isClockTime(t))).toBe(true);
  });
  it('accepts 24:00 only with allow24', () => {
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('24:00', { allow24: true })).toBe(true);
    expect(isClockTime('24:01', { allow24: true })).toBe(false);
  });
  it.each(['25:00', '9:30', '12:60', '12.30', '1230', '12:30:00'])('rejects %s', (t) => {
    expect(isClockTime(t, { allow24: true })).toBe(false);
  });
});

describe('readCatalogueDir', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('parses good files and reports a file with broken JSON', () => {
    dir = mkdtempSync(join(tmpdir(), 'bsf-catalogue-'));
    writeFileSync(join(dir, 'organizations.json'), JSON.stringify([{ id: 'org-a' }]));
    writeFileSync(join(dir, 'services.json'), '[{"id": "svc-a",}');
    writeFileSync(join(dir, 'README.txt'), 'not json');
    mkdirSync(join(dir, 'sub'));
    const { files, problems } = readCatalogueDir(dir);
    expect(files).toEqual({ organizations: [{ id: 'org-a' }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/catalogue/services.json', id: '-', field: '-' });
    expect(problems[0]?.reason).toMatch(/JSON/);
  });

  it('reads the real area file', () => {
    const area = readArea(join(import.meta.dirname, '../../data/area.json'));
    expect(area.districts.length).toBeGreaterThan(0);
    expect(area.bounds.south).toBeLessThan(area.bounds.north);
  });
});

/**
 * What `npm run build` does with data/ (the Vite plugin calls loadValidCatalogue), on a copy of the
 * real data/ with one record broken: the same lines the build prints, without a build each.
 * tests/build/bad-data.build.test.ts runs one real build to prove the plugin fails with them.
 */
describe("the build's loader on a copy of data/", () => {
  const realData = join(import.meta.dirname, '../../data');
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** Copies data/'s area file and catalogue, lets `breakIt` edit one table, and returns the loader's message ('' if it accepted the data). */
  function loadBroken(table: string, breakIt: (rows: Loose[]) => void): string {
    dir = mkdtempSync(join(tmpdir(), 'bsf-bad-data-'));
    cpSync(join(realData, 'area.json'), join(dir, 'area.json'));
    cpSync(join(realData, 'catalogue'), join(dir, 'catalogue'), { recursive: true });
    const tableFile = join(dir, 'catalogue', `${table}.json`);
    const rows = JSON.parse(readFileSync(tableFile, 'utf8')) as Loose[];
    breakIt(rows);
    writeFileSync(tableFile, JSON.stringify(rows));
    try {
      loadValidCatalogue(dir);
      return '';
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueError);
      return (error as Error).message;
    }
  }
  const row = (rows: Loose[], id: string): Loose => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new Error(`data/ has no record ${id}`);
    return found;
  };

  it('accepts the real data/ untouched', () => {
    expect(loadBroken('services', () => {})).toBe('');
  });

  it('a service pointing at a missing organization', () => {
    const message = loadBroken('services', (rows) => (row(rows, 'svc-nhs-111').organization_id = 'org-gone'));
    expect(message.split('\n')).toEqual([
      'The catalogue in data/ has 1 problem(s):',
      'data/catalogue/services.json svc-nhs-111 organization_id: "org-gone" does not match any organization',
    ]);
  });

  it('a malformed phone number', () => {
    let phoneId = '';
    const message = loadBroken('phones', (rows) => {
      phoneId = String(rows[0]!.id);
      rows[0]!.number = '0300 123 45';
    });
    const lines = message.split('\n');
    expect(lines[0]).toBe('The catalogue in data/ has 1 problem(s):');
    expect(lines[1]).toMatch(new RegExp(`^data/catalogue/phones\\.json ${phoneId} number: .*0300 123 45`));
  });

  it('a service with no source_url', () => {
    const message = loadBroken('services', (rows) => delete row(rows, 'svc-healthy-start').source_url);
    const lines = message.split('\n');
    expect(lines[0]).toBe('The catalogue in data/ has 1 problem(s):');
    expect(lines[1]).toMatch(/^data\/catalogue\/services\.json svc-healthy-start source_url: .*where its facts came from/);
  });
});
