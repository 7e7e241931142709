/**
 * The build's catalogue is the core plus each feed layer (build/catalogue-layers.ts): a feed's
 * services carry their provenance, the same service in a feed and the core becomes one (the core's
 * record, with every distinct contact fact and source), and a clash of ids between layers is named
 * by file, id, field and reason.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLayeredCatalogue } from '../../build/catalogue-layers';
import { applyMerges, findDuplicates } from '../../build/duplicate-services';
import type { CatalogueFiles, Service } from '../../src/features/catalogue/oruk';
import { TABLE_NAMES } from '../../src/features/catalogue/oruk';
import { validateCatalogue } from '../../src/features/catalogue/validate';
import { TEST_AREA, validCatalogue } from '../fixtures/catalogue/valid';

type Rec = Record<string, unknown>;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const FEED = 'https://directory.example.org/api';

/** A data folder: the valid fixture as the core, and one feed layer with these tables. */
function dataFolder(
  feedTables: Partial<Record<string, Rec[]>>,
  feedInfo: Rec = {
    id: 'testshire',
    name: 'Testshire',
    source: `${FEED}/services`,
    feed_url: FEED,
    imported_on: '2025-06-01',
    services: 1,
  },
) {
  const dir = mkdtempSync(join(tmpdir(), 'bsf-layers-'));
  dirs.push(dir);
  const core = validCatalogue();
  mkdirSync(join(dir, 'catalogue'));
  for (const [name, rows] of Object.entries(core)) writeFileSync(join(dir, 'catalogue', `${name}.json`), JSON.stringify(rows));
  const layer = join(dir, 'feeds', 'testshire');
  mkdirSync(layer, { recursive: true });
  for (const t of TABLE_NAMES) writeFileSync(join(layer, `${t}.json`), JSON.stringify(feedTables[t] ?? []));
  writeFileSync(join(layer, 'feed.json'), JSON.stringify(feedInfo));
  return dir;
}

/** NHS 111 as a council directory lists it: same organisation name and service name, the same 111, one more number. */
const FEED_111 = {
  organizations: [{ id: 'feed-org-nhs', name: 'NHS England', description: 'The NHS.' }],
  services: [
    {
      id: 'feed-111',
      organization_id: 'feed-org-nhs',
      name: 'NHS 111',
      description: 'Urgent advice.',
      status: 'active',
      source_url: [`${FEED}/services/feed-111`],
      assured_date: '2025-03-14',
    },
  ],
  contacts: [{ id: 'feed-con-111', service_id: 'feed-111' }],
  phones: [
    { id: 'feed-ph-111', contact_id: 'feed-con-111', number: '111' },
    { id: 'feed-ph-other', contact_id: 'feed-con-111', number: '01632 960001' },
  ],
};

describe('the core and a feed layer, joined', () => {
  it("merges the feed's copy of a core service into the core record, keeping every number and source once", () => {
    const { files, problems, merges } = readLayeredCatalogue(dataFolder(FEED_111));
    expect(problems).toEqual([]);
    expect(merges).toEqual([{ kept: 'svc-nhs-111', merged: ['feed-111'], shared: 'phone 111' }]);
    const services = files.services as Service[];
    expect(services.filter((s) => s.name === 'NHS 111')).toHaveLength(1);
    const kept = services.find((s) => s.id === 'svc-nhs-111')!;
    expect(kept.source_url).toContain(`${FEED}/services/feed-111`);
    expect(kept.from_feeds).toEqual([
      { feed_id: 'testshire', feed_name: 'Testshire', feed_url: FEED, updated: '2025-03-14', imported_on: '2025-06-01' },
    ]);
    const numbers = (files as unknown as CatalogueFiles).phones
      .filter((p) => (files as unknown as CatalogueFiles).contacts.find((c) => c.id === p.contact_id)?.service_id === 'svc-nhs-111')
      .map((p) => p.number);
    expect(numbers.filter((n) => n === '111')).toHaveLength(1);
    expect(numbers).toContain('01632 960001');
    expect(validateCatalogue(files, TEST_AREA, { today: '2025-06-30' })).toEqual([]);
  });

  it('keeps two services of the same name apart when they share no phone, email, website or postcode', () => {
    const other = { ...FEED_111, phones: [{ id: 'feed-ph-other', contact_id: 'feed-con-111', number: '01632 960001' }] };
    const { files, merges } = readLayeredCatalogue(dataFolder(other));
    expect(merges).toEqual([]);
    expect(
      (files.services as Service[])
        .filter((s) => s.name === 'NHS 111')
        .map((s) => s.id)
        .sort(),
    ).toEqual(['feed-111', 'svc-nhs-111']);
  });

  it("cites the feed's record, with the record's date, as the page of each contact fact it gave", () => {
    const { files } = readLayeredCatalogue(dataFolder(FEED_111));
    const phone = (files as unknown as CatalogueFiles).phones.find((p) => p.id === 'feed-ph-other')!;
    expect([phone.source_url, phone.source_date]).toEqual([[`${FEED}/services/feed-111`], '2025-03-14']);
    // The core's own number keeps its own official page.
    expect((files as unknown as CatalogueFiles).phones.find((p) => p.id === 'ph-111')!.source_url).not.toContain(
      `${FEED}/services/feed-111`,
    );
  });

  it('cites nothing for a feed read from a file: there is no page a family could open', () => {
    const { files } = readLayeredCatalogue(
      dataFolder(FEED_111, {
        id: 'testshire',
        name: 'Testshire',
        source: '/home/someone/feed.json',
        imported_on: '2025-06-01',
        services: 1,
      }),
    );
    expect((files as unknown as CatalogueFiles).phones.find((p) => p.id === 'feed-ph-other')!.source_url).toBeUndefined();
    expect((files.services as Service[]).find((s) => s.id === 'svc-nhs-111')!.from_feeds![0]!.feed_url).toBeUndefined();
  });

  it('gives a feed service no date when its directory gave none, never the import date', () => {
    const undated = {
      ...FEED_111,
      services: [{ ...FEED_111.services[0]!, id: 'feed-undated', name: 'Fictional group', assured_date: undefined }],
      contacts: [],
      phones: [],
    };
    const { files } = readLayeredCatalogue(dataFolder(undated));
    const s = (files.services as Service[]).find((x) => x.id === 'feed-undated')!;
    expect(s.from_feeds).toEqual([{ feed_id: 'testshire', feed_name: 'Testshire', feed_url: FEED, imported_on: '2025-06-01' }]);
  });

  it("uses the directory's date for the whole feed only for a record without its own, labelled as the directory's", () => {
    const tables = {
      ...FEED_111,
      services: [
        { ...FEED_111.services[0]!, id: 'feed-undated', name: 'Fictional group', assured_date: undefined },
        { ...FEED_111.services[0]!, id: 'feed-dated', name: 'Fictional cafe', assured_date: '2025-04-02' },
      ],
      contacts: [],
      phones: [],
    };
    const info = {
      id: 'testshire',
      name: 'Testshire',
      source: `${FEED}/services`,
      feed_url: FEED,
      feed_date: '2025-03-01',
      imported_on: '2025-06-01',
      services: 2,
    };
    const { files } = readLayeredCatalogue(dataFolder(tables, info));
    const of = (id: string) => (files.services as Service[]).find((x) => x.id === id)!.from_feeds![0]!;
    expect(of('feed-undated')).toEqual({
      feed_id: 'testshire',
      feed_name: 'Testshire',
      feed_url: FEED,
      directory_date: '2025-03-01',
      imported_on: '2025-06-01',
    });
    expect(of('feed-dated').updated).toBe('2025-04-02');
    expect(of('feed-dated').directory_date).toBeUndefined();
  });

  it('names the layer, id, field and reason when a feed reuses an id of the core', () => {
    const clash = {
      ...FEED_111,
      services: [{ ...FEED_111.services[0]!, id: 'svc-watford-family-centre', name: 'Fictional clash' }],
      contacts: [],
      phones: [],
    };
    const { problems } = readLayeredCatalogue(dataFolder(clash));
    expect(problems).toEqual([
      {
        file: 'data/feeds/testshire/services.json',
        id: 'svc-watford-family-centre',
        field: 'id',
        reason: 'also used by data/catalogue: ids must differ between layers',
      },
    ]);
  });

  it('names a layer whose feed.json lacks its import date', () => {
    const { problems } = readLayeredCatalogue(dataFolder(FEED_111, { id: 'testshire', name: 'Testshire', source: FEED }));
    expect(problems).toEqual([
      { file: 'data/feeds/testshire/feed.json', id: '-', field: 'imported_on', reason: 'required field is missing' },
    ]);
  });
});

describe('duplicate services within one feed', () => {
  it("merges the same organisation and name with the same postcode, moving the other's session and dropping its repeated place", () => {
    const files = validCatalogue();
    files.services.push({
      ...files.services.find((s) => s.id === 'svc-watford-family-centre')!,
      id: 'svc-watford-again',
      source_url: ['https://example.org/again'],
    });
    files.locations.push({ id: 'loc-again', location_type: 'physical', name: 'Again' });
    files.addresses.push({
      id: 'addr-again',
      location_id: 'loc-again',
      city: 'Watford',
      postal_code: 'WD17 1AA',
      country: 'GB',
      address_type: 'physical',
    });
    files.service_at_locations.push({ id: 'sal-again', service_id: 'svc-watford-again', location_id: 'loc-again' });
    files.schedules.push({
      id: 'sch-again',
      service_id: 'svc-watford-again',
      freq: 'WEEKLY',
      byday: 'SA',
      opens_at: '10:00',
      closes_at: '12:00',
    });
    const merges = findDuplicates(files);
    expect(merges).toEqual([
      { kept: 'svc-watford-family-centre', merged: ['svc-watford-again'], shared: expect.stringContaining('postcode WD17 1AA') },
    ]);
    const out = applyMerges(files, merges);
    expect(out.services.map((s) => s.id)).not.toContain('svc-watford-again');
    expect(out.services.find((s) => s.id === 'svc-watford-family-centre')!.source_url).toContain('https://example.org/again');
    expect(out.schedules.find((s) => s.id === 'sch-again')!.service_id).toBe('svc-watford-family-centre');
    expect(out.service_at_locations.filter((l) => l.service_id === 'svc-watford-family-centre')).toHaveLength(1);
  });
});

describe('what a merge cannot keep', () => {
  it('names the other email (a service holds one), and takes a website the kept record lacked', () => {
    const files = validCatalogue();
    const watford = files.services.find((s) => s.id === 'svc-watford-family-centre')!;
    files.services.push({ ...watford, id: 'svc-watford-again', email: 'other@example.org', url: 'https://example.org/other' });
    files.contacts.push({ id: 'con-again', service_id: 'svc-watford-again' });
    files.phones.push({ id: 'ph-again', contact_id: 'con-again', number: '0300 123 4043' });
    expect(watford.url).toBeUndefined();
    const merges = findDuplicates(files);
    expect(merges).toEqual([
      {
        kept: 'svc-watford-family-centre',
        merged: ['svc-watford-again'],
        shared: 'phone 03001234043',
        notKept: ['email other@example.org'],
      },
    ]);
    expect(applyMerges(files, merges).services.find((s) => s.id === 'svc-watford-family-centre')!.url).toBe('https://example.org/other');
  });
});
