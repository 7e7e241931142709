/**
 * Feed data treated as input from a stranger: what an import keeps, changes or leaves out, and
 * that the build's validator refuses the same things in data/ (naming file, record id, field, reason).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { readArea, readCatalogueDir } from '../../build/catalogue-files';
import { validateCatalogue, type Problem } from '../../src/features/catalogue/validate';
import { importFeed } from '../../tools/oruk/import-feed';
import { formatReport } from '../../tools/oruk/import-report';
import { safeId } from '../../tools/oruk/safe-ids';
import { parseMappings } from '../../tools/oruk/taxonomy-map';
import { plainText } from '../../tools/oruk/text';
import { TEST_AREA, VALID_TODAY, validCatalogue } from '../fixtures/catalogue/valid';

type Rec = Record<string, unknown>;

const TODAY = '2026-06-01';
const area = readArea('data/area.json');
const base = readCatalogueDir('data/catalogue').files as unknown as CatalogueFiles;
const template: Rec = JSON.parse(readFileSync('tests/fixtures/oruk/v3/page-1.json', 'utf8')).contents[0];
const RLO = '\u202e';
const BAD_EMAIL = 'info%40council.example.gov.uk?bcc=spy@evil.example';

/** Imports one v3 record built from the fixture's first record with some fields replaced. */
function importOne(changes: Rec) {
  const record = { ...structuredClone(template), ...changes };
  return importFeed([{ name: 'feed.json', kind: 'services', json: [record] }], {
    area,
    today: TODAY,
    source: 'feed.json',
    feedUrl: 'https://feed.example.org/api',
    mappings: parseMappings(JSON.parse(readFileSync('data/taxonomy-mappings.json', 'utf8'))),
    base: { taxonomies: base.taxonomies, taxonomy_terms: base.taxonomy_terms },
  });
}

describe('importing a hostile feed record', () => {
  it('leaves out an email that is not a plain address, and names it in the report', () => {
    for (const email of [
      BAD_EMAIL,
      'help@council.example.gov.uk?subject=Hi',
      'a&b@council.example.gov.uk',
      'info%40council.example.gov.uk',
    ]) {
      const { files, report } = importOne({ email });
      expect(files.services).toHaveLength(1);
      expect(files.services[0]!.email).toBeUndefined();
      const warning = report.warnings.find((w) => w.field === 'email');
      expect(warning, email).toMatchObject({ file: 'feed.json', table: 'services', kind: 'field-dropped' });
      expect(warning!.reason).toContain('not a plain email address');
      expect(formatReport(report)).toContain(email);
    }
  });

  it('keeps a plain email address as it is', () => {
    const { files } = importOne({ email: "o'brien+family@council.example.gov.uk" });
    expect(files.services[0]!.email).toBe("o'brien+family@council.example.gov.uk");
  });

  it('upgrades http: websites to https: and reports each one', () => {
    const { files, report } = importOne({
      url: 'http://example.org/v3/1',
      organization: { ...(template.organization as Rec), website: 'HTTP://example.org/' },
    });
    expect(files.services[0]!.url).toBe('https://example.org/v3/1');
    expect(files.organizations[0]!.website).toBe('https://example.org/');
    const upgraded = report.warnings.filter((w) => w.kind === 'http-upgraded');
    expect(upgraded.map((w) => [w.table, w.field])).toEqual([
      ['services', 'url'],
      ['organizations', 'website'],
    ]);
    expect(formatReport(report)).toContain('Website not secure (http:): changed to https:');
  });

  it('leaves out a website that is neither http: nor https:', () => {
    const { files, report } = importOne({ url: 'javascript:alert(1)' });
    expect(files.services[0]!.url).toBeUndefined();
    expect(report.warnings.some((w) => w.field === 'url' && w.kind === 'field-dropped')).toBe(true);
  });

  it('strips bidi control characters from text, and says where', () => {
    const { files, report } = importOne({
      name: `Family hub ${RLO}0909 no su llaC${'\u202c'}`,
      description: `Open weekdays.\u2067 Closed now \u2069&#x202E;reversed`,
    });
    const service = files.services[0]!;
    expect(service.name).toBe('Family hub 0909 no su llaC');
    expect(service.description).toBe('Open weekdays. Closed now reversed');
    expect(JSON.stringify(files)).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(report.warnings.filter((w) => w.kind === 'bidi-stripped').map((w) => w.field)).toEqual(['name', 'description']);
  });

  it('decodes entities before stripping tags, so escaped markup does not survive as text', () => {
    const { files } = importOne({
      description: 'Drop in. &lt;script&gt;alert(1)&lt;/script&gt;&lt;b onclick="x()"&gt;Bring&lt;/b&gt; your red book.',
    });
    expect(files.services[0]!.description).toBe('Drop in. Bring your red book.');
  });

  it('re-mints ids with characters a link cannot carry, keeps references matching, and reports them', () => {
    const { files, report } = importOne({ id: '../about', organization: { ...(template.organization as Rec), id: 'a/b?c#d' } });
    const service = files.services[0]!;
    expect(service.id).not.toBe('../about');
    expect(service.id).toMatch(/^[A-Za-z0-9._:-]+$/);
    expect(files.organizations[0]!.id).toMatch(/^[A-Za-z0-9._:-]+$/);
    expect(service.organization_id).toBe(files.organizations[0]!.id);
    for (const row of [...files.contacts, ...files.schedules, ...files.languages, ...files.service_areas]) {
      expect((row as unknown as Rec).service_id).toBe(service.id);
    }
    const reminted = report.warnings.filter((w) => w.kind === 'id-reminted');
    expect(reminted.map((w) => w.reason)).toEqual([expect.stringContaining('"../about"'), expect.stringContaining('"a/b?c#d"')]);
    expect(validateCatalogue(files as unknown as Rec, area, { today: TODAY })).toEqual([]);
  });

  it('gives a feed taxonomy named in another script a safe id, and the catalogue validates', () => {
    const attributes = [
      {
        id: 'attr-1',
        taxonomy_term: { id: 'term-1', name: 'Soutien à la parentalité', taxonomy_detail: { name: 'Catégories d’âge' } },
      },
    ];
    const { files, report } = importOne({ attributes });
    expect(report.rejected).toEqual([]);
    expect(files.taxonomy_terms.find((t) => t.id === 'term-1')?.taxonomy_id).toMatch(/^[A-Za-z0-9._:-]+$/);
    expect(validateCatalogue(files as unknown as Rec, area, { today: TODAY })).toEqual([]);
  });

  it('gives different unsafe ids different safe ids, and leaves safe ids alone', () => {
    expect(safeId('a/b')).not.toBe(safeId('a?b'));
    expect(safeId('a/b')).toBe(safeId('a/b'));
    expect(safeId('00000000-0000-4000-8000-000000000001')).toBe('00000000-0000-4000-8000-000000000001');
    expect(safeId('svc:nhs_111.v2')).toBe('svc:nhs_111.v2');
    expect(safeId('..')).toMatch(/^id-[0-9a-f]{8}$/);
  });
});

describe('plainText', () => {
  it('keeps text that only looks like a tag, once entities are decoded', () => {
    expect(plainText('Bring your red book &lt;health record&gt;. For &lt;5s.')).toBe('Bring your red book <health record>. For <5s.');
  });
});

describe('the build validator refuses the same things in data/', () => {
  const problemsAfter = (change: (c: Record<string, Rec[]>) => void): Problem[] => {
    const c = validCatalogue() as unknown as Record<string, Rec[]>;
    change(c);
    return validateCatalogue(c as unknown as Rec, TEST_AREA, { today: VALID_TODAY });
  };
  const service = (c: Record<string, Rec[]>) => c.services!.find((s) => s.id === 'svc-nhs-111')!;

  it.each([BAD_EMAIL, 'help@nhs.uk?subject=x', 'a&b@nhs.uk', 'info%40nhs.uk', 'help@nhs.uk#x'])('rejects the email %s', (email) => {
    expect(
      problemsAfter((c) => {
        service(c).email = email;
      }),
    ).toEqual([
      {
        file: 'data/catalogue/services.json',
        id: 'svc-nhs-111',
        field: 'email',
        reason: expect.stringContaining('not a plain email address'),
      },
    ]);
  });

  it('rejects an http: website on a service and on an organization, and one with a user name', () => {
    expect(
      problemsAfter((c) => {
        service(c).url = 'http://111.nhs.uk';
      }),
    ).toEqual([{ file: 'data/catalogue/services.json', id: 'svc-nhs-111', field: 'url', reason: expect.stringContaining('not https') }]);
    expect(
      problemsAfter((c) => {
        c.organizations![0]!.website = 'http://www.nhs.uk';
      }),
    ).toEqual([{ file: 'data/catalogue/organizations.json', id: c0org(), field: 'website', reason: expect.stringContaining('not https') }]);
    expect(
      problemsAfter((c) => {
        service(c).url = 'https://111.nhs.uk@evil.example';
      }),
    ).toEqual([{ file: 'data/catalogue/services.json', id: 'svc-nhs-111', field: 'url', reason: expect.stringContaining('user name') }]);
  });

  it.each(['../about', 'a/b?c#d', 'svc 111', '..', 'svc-%41'])('rejects the id %s, naming file, id, field and reason', (id) => {
    const problems = problemsAfter((c) => {
      c.languages![0]!.id = id;
    });
    expect(problems).toEqual([
      { file: 'data/catalogue/languages.json', id, field: 'id', reason: expect.stringMatching(/id cannot have|only dots/) },
    ]);
  });

  it('rejects a reference to an id with unsafe characters', () => {
    const problems = problemsAfter((c) => {
      c.languages![0]!.service_id = '../about';
    });
    expect(
      problems.some((p) => p.file === 'data/catalogue/languages.json' && p.field === 'service_id' && p.reason.includes('id cannot have')),
    ).toBe(true);
  });
});

function c0org(): string {
  return String((validCatalogue() as unknown as Record<string, Rec[]>).organizations![0]!.id);
}
