import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { readArea, readCatalogueDir } from '../../build/catalogue-files';
import { readSource } from '../../tools/oruk/fetch-source';
import { importFeed, type FeedDocument, type ImportOptions } from '../../tools/oruk/import-feed';
import { parseMappings } from '../../tools/oruk/taxonomy-map';
import { asPage, toV3, type V3Export } from '../../tools/oruk/to-v3';
import { uuidFor, uuidV5 } from '../../tools/oruk/uuid';

const TODAY = '2026-12-01';
const area = readArea('data/area.json');
const catalogue = readCatalogueDir('data/catalogue').files as unknown as CatalogueFiles;
const options = (today = TODAY): ImportOptions => ({
  area,
  today,
  source: 'export',
  mappings: parseMappings(JSON.parse(readFileSync('data/taxonomy-mappings.json', 'utf8'))),
  base: { taxonomies: catalogue.taxonomies, taxonomy_terms: catalogue.taxonomy_terms },
});

// The profile's schemas carry Frictionless keywords (name, constraints, core, ...): not strict.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const schema = (name: string) => JSON.parse(readFileSync(`tests/fixtures/oruk/schema/${name}`, 'utf8')) as Record<string, unknown>;
const compiled = schema('service_with_definitions.compiled.json');
ajv.addSchema(compiled, 'service');
const validateService = ajv.getSchema('service')!;
const validatePhone = ajv.getSchema('service#/definitions/phone')!;
// taxonomy.json refers to "taxonomy_term.json" by that name.
ajv.addSchema(schema('taxonomy_term.json'), 'taxonomy_term.json');
const validateTerm = ajv.getSchema('taxonomy_term.json')!;
const validateTaxonomy = ajv.compile(schema('taxonomy.json'));

function schemaErrors(validate: ValidateFunction, records: Record<string, unknown>[]): string[] {
  return records.flatMap((r) => {
    const id = String(r.bsf_id);
    return validate(r) ? [] : (validate.errors ?? []).map((e) => `${id} ${e.instancePath} ${e.message}`);
  });
}

/** The export as the CLI writes it: the four files, as feed documents. */
const asDocs = (v3: V3Export): FeedDocument[] => [
  { name: 'index.json', kind: 'meta', json: v3.meta },
  { name: 'services.json', kind: 'services', json: asPage(v3.services) },
  { name: 'taxonomies.json', kind: 'taxonomies', json: asPage(v3.taxonomies) },
  { name: 'taxonomy_terms.json', kind: 'taxonomy_terms', json: asPage(v3.taxonomy_terms) },
];

/** Tables with rows in id order: the round trip promises the same records, not the same file order. */
function sorted(files: CatalogueFiles): Record<string, unknown> {
  const out: Record<string, unknown> = { dataset: files.dataset };
  for (const [k, v] of Object.entries(files)) {
    if (Array.isArray(v)) out[k] = [...(v as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

describe('exporting the real catalogue as ORUK 3.0', () => {
  const v3 = toV3(catalogue);

  it('writes one nested service per catalogue service, each valid against the 3.0 compiled service schema', () => {
    expect(v3.services).toHaveLength(catalogue.services.length);
    expect(schemaErrors(validateService, v3.services)).toEqual([]);
  });

  it('nests phones under contacts, each valid against the 3.0 phone schema', () => {
    const phones = v3.services.flatMap((s) => (s.contacts as { phones: Record<string, unknown>[] }[]).flatMap((c) => c.phones));
    expect(phones).toHaveLength(catalogue.phones.length);
    expect(schemaErrors(validatePhone, phones)).toEqual([]);
  });

  it('writes the taxonomy tables, valid against taxonomy.json and taxonomy_term.json', () => {
    expect(v3.taxonomy_terms).toHaveLength(catalogue.taxonomy_terms.length);
    expect(schemaErrors(validateTaxonomy, v3.taxonomies)).toEqual([]);
    expect(schemaErrors(validateTerm, v3.taxonomy_terms)).toEqual([]);
  });

  it('turns slugs into stable name-based UUIDs (v5) and keeps the slug as bsf_id', () => {
    const first = v3.services[0]!;
    const slug = catalogue.services[0]!.id;
    expect(first.id).toBe(uuidFor('services', slug));
    expect(first.bsf_id).toBe(slug);
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toV3(catalogue).services[0]!.id).toBe(first.id);
    // RFC 9562 test vector: the DNS namespace and "www.example.com".
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('fails the schema for a record that is not a UUID (so the check can fail)', () => {
    const broken = { ...v3.services[0]!, id: 'svc-not-a-uuid' };
    expect(schemaErrors(validateService, [broken])).toEqual([expect.stringContaining('/id must match format "uuid"')]);
  });

  it('round trip: export then import gives back the same catalogue, table by table', () => {
    const { files, report } = importFeed(asDocs(v3), options());
    expect(report.rejected).toEqual([]);
    expect(report.imported).toBe(catalogue.services.length);
    expect(sorted(files)).toEqual(sorted(catalogue));
  });
});

describe('exporting an imported feed catalogue', () => {
  it('validates too, including the "Other" category and the feed\'s own terms, and round-trips', async () => {
    const { docs } = await readSource('tests/fixtures/oruk/v1');
    const { files } = importFeed(docs, { ...options('2026-06-01'), feedUrl: 'https://feed.example.org/api' });
    expect(files.taxonomy_terms.some((t) => t.id === 'cat-other')).toBe(true);
    const v3 = toV3(files);
    expect(schemaErrors(validateService, v3.services)).toEqual([]);
    expect(schemaErrors(validateTerm, v3.taxonomy_terms)).toEqual([]);
    const { files: again, report } = importFeed(asDocs(v3), options('2026-06-01'));
    expect(report.rejected).toEqual([]);
    expect(sorted(again)).toEqual(sorted(files));
  });
});
