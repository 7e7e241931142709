/**
 * The age of a service's contact facts is judged fact by fact: the warning follows the oldest fact,
 * national numbers never carry one, and undated pages are said to be undated.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import type { FactSourceView } from '../../src/features/catalogue/model';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { sourceYears } from '../../src/features/catalogue/source-years';
import { factAges, serviceFacts, type DatedFact } from '../../src/features/service/fact-ages';
import { sourceYearsText } from '../../src/lib/freshness';
import { serviceView } from '../fixtures/service-view';

const TODAY = '2026-11-29';
const page = (date: string, nationalNumber?: boolean): FactSourceView => ({ urls: ['https://example.org/'], date, nationalNumber });
const fact = (date: string, kind: DatedFact['kind'] = 'phone', nationalNumber?: boolean): DatedFact => ({
  kind,
  what: '0300 000 0000',
  source: page(date, nationalNumber),
});

describe('factAges', () => {
  it('warns when the oldest fact is more than 2 years old, even if the newest page is recent', () => {
    const ages = factAges([fact('2025-08'), fact('2023-07-18', 'hours'), fact('2025-11', 'website')], TODAY);
    expect(ages).toMatchObject({ oldest: '2023-07-18', newest: '2025-11', warning: 'old' });
  });

  it('gives no warning when every fact is from the last 2 years', () => {
    expect(factAges([fact('2025-08'), fact('2024-12-01', 'email')], TODAY).warning).toBeUndefined();
  });

  it('reads a bare year as its last day, so a page from this year minus two is judged by the date', () => {
    expect(factAges([fact('2024')], '2026-11-29').warning).toBeUndefined();
    expect(factAges([fact('2024')], '2027-01-02').warning).toBe('old');
  });

  it('never judges national numbers by age', () => {
    const ages = factAges([fact('undated', 'phone', true), fact('2012', 'hours', true)], TODAY);
    expect(ages.warning).toBeUndefined();
    expect(ages.national).toHaveLength(2);
    expect(ages.oldest).toBeUndefined();
  });

  it('says when some facts come from undated pages, and counts them', () => {
    const ages = factAges([fact('2025-08'), fact('undated', 'email')], TODAY);
    expect(ages).toMatchObject({ undated: 1, warning: 'undated', oldest: '2025-08' });
  });

  it('treats a fact with no source at all as undated', () => {
    expect(factAges([{ kind: 'website', what: 'https://example.org/' }], TODAY)).toMatchObject({ undated: 1, warning: 'undated' });
  });

  it('an old fact outranks an undated one: the warning names the old date', () => {
    expect(factAges([fact('undated'), fact('2020')], TODAY)).toMatchObject({ warning: 'old', oldest: '2020' });
  });
});

describe('serviceFacts', () => {
  const base = serviceView({
    id: 'svc-x',
    name: 'X',
    description: 'X',
    organisation: { id: 'org-x', name: 'Org' },
    sourceUrls: ['https://example.org/'],
  });

  it('lists every contact fact shown: phones, texts, email, website, town and opening times', () => {
    const facts = serviceFacts({
      ...base,
      phones: [
        { number: '0300 1', source: page('2023') },
        { number: '85258', textOnly: true, source: page('2024') },
      ],
      email: 'a@example.org',
      emailSource: page('2025'),
      url: 'https://example.org/',
      websiteSource: page('2022'),
      locations: [{ id: 'l', name: 'L', accessibility: [], address: { town: 'Harlow', county: 'Essex', source: page('2021') } }],
      schedules: [{ days: ['MO'], opensAt: '09:00', closesAt: '17:00', source: page('2020') }],
    });
    expect(facts.map((f) => [f.kind, f.source?.date])).toEqual([
      ['phone', '2023'],
      ['text', '2024'],
      ['email', '2025'],
      ['website', '2022'],
      ['address', '2021'],
      ['hours', '2020'],
    ]);
  });

  it("counts an organisation's website (no page of its own) as undated", () => {
    const facts = serviceFacts({ ...base, organisation: { id: 'o', name: 'O', website: 'https://o.example.org/' } });
    expect(facts).toEqual([{ kind: 'website', what: 'https://o.example.org/', source: undefined }]);
  });
});

describe('the shipped catalogue', () => {
  const files = readCatalogueDir(path.resolve(import.meta.dirname, '../../data/catalogue')).files as unknown as CatalogueFiles;
  const catalogue = normaliseCatalogue(files);
  const ages = (id: string) => factAges(serviceFacts(catalogue.services.find((s) => s.id === id)!), TODAY);

  it('gives NHS 111 and 999 no age warning: their numbers and hours come from official pages', () => {
    expect(ages('svc-nhs-111').warning).toBeUndefined();
    expect(ages('svc-999-emergency').warning).toBeUndefined();
    expect(ages('svc-nhs-111').national.length).toBeGreaterThan(0);
  });

  it('warns on every service whose oldest fact is more than 2 years old', () => {
    const old = catalogue.services.filter((s) => ages(s.id).warning === 'old');
    expect(old.length).toBeGreaterThan(0);
    for (const s of old) expect(ages(s.id).oldest! < '2024-11-29').toBe(true);
  });

  it('no service carries a "checked" date: only recorded verifications could set one', () => {
    expect(catalogue.services.filter((s) => s.verification)).toEqual([]);
    expect(files.services.some((s) => 'checked_on' in (s as object))).toBe(false);
    expect(files.dataset).not.toHaveProperty('checked_on');
  });

  it('states the span of years its fact pages are dated', () => {
    const years = sourceYears(files);
    expect(Number(years.from)).toBeLessThanOrEqual(Number(years.to));
    expect(sourceYearsText({ sourcesFrom: '2012', sourcesTo: '2025' })).toBe('2012–2025');
    expect(sourceYearsText({ sourcesFrom: '2025', sourcesTo: '2025' })).toBe('2025');
    expect(sourceYearsText({})).toBeUndefined();
  });
});
