#!/usr/bin/env node
// Builds data/catalogue/*.json (Open Referral UK tables) from the shared source CSVs and the
// curated selection in data/curation/. Usage:
//   node scripts/data/build-catalogue.mjs [path-to-shared-data] [out-dir]   (defaults ../shared/data, data/catalogue)
// Output is deterministic: re-running with the same inputs gives no diff.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from './catalogue/csv.mjs';
import { addService, buildDate, serviceAreasFrom } from './catalogue/build.mjs';
import { checkCatalogue } from './catalogue/check.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(repoRoot, process.argv[2] ?? '../shared/data');
// Another out-dir lets a test rebuild beside the committed tables and compare.
const outDir = resolve(repoRoot, process.argv[3] ?? 'data/catalogue');

// The curated choices are data, not code: data/curation/*.json, each with a "$comment" saying what it holds.
const curation = (name) => JSON.parse(readFileSync(join(repoRoot, 'data/curation', `${name}.json`), 'utf8'));
const { organizations: ORGANIZATIONS } = curation('organizations');
const { taxonomies: TAXONOMIES, terms: TERMS } = curation('taxonomy');
const selection = (name) => curation(`selection-${name}`).services;
const { strands: OFFER_STRANDS } = curation('healthy-babies');
const { roles: CONTACT_ROLES } = curation('contact-roles');

/** Each selection file covers one service area. */
const inArea = (area, specs) => specs.map((spec) => ({ area, ...spec }));
const SELECTION = [
  ...inArea('country', [...selection('national'), ...selection('childcare')]),
  ...inArea('herts', [...selection('herts'), ...selection('herts-more')]),
  ...inArea('west-essex', selection('essex')),
  ...selection('topics'), // each entry names its own area
];

const DATASET = {
  name: 'Best Start Finder catalogue',
  publisher: 'Best Start Finder',
  // When this catalogue was built from its sources: not a check of the facts (see verified_on).
  built_on: buildDate(),
  licence_note:
    'Facts (names, numbers, addresses) with their source pages; copyright in the pages belongs to their publishers. Crown-copyright pages are under the Open Government Licence v3.0.',
};

async function build() {
  const src = loadSources(dataDir);
  const tables = {
    organizations: [],
    services: [],
    locations: [],
    addresses: [],
    service_at_locations: [],
    contacts: [],
    phones: [],
    schedules: [],
    cost_options: [],
    languages: [],
    service_areas: [],
    accessibility: [],
    taxonomies: TAXONOMIES,
    taxonomy_terms: TERMS,
    attributes: [],
  };
  const serviceAreas = serviceAreasFrom(JSON.parse(readFileSync(join(repoRoot, 'data/area.json'), 'utf8')));
  for (const spec of SELECTION) addService(src, spec, tables, serviceAreas);
  tables.attributes.push(...offerStrandAttributes(tables.services));
  tables.attributes.push(...contactRoleAttributes(tables.services));
  const usedOrgs = new Set(tables.services.map((s) => s.organization_id));
  tables.organizations = ORGANIZATIONS.filter((o) => usedOrgs.has(o.id));
  await checkCatalogue(tables, DATASET, JSON.parse(readFileSync(join(repoRoot, 'data/area.json'), 'utf8')));
  return tables;
}

/** Links each service to its Healthy Babies strands (data/curation/healthy-babies.json). */
function offerStrandAttributes(services) {
  const ids = new Set(services.map((s) => s.id));
  return Object.entries(OFFER_STRANDS).flatMap(([term, serviceIds]) =>
    serviceIds.map((id) => {
      if (!ids.has(id)) throw new Error(`data/curation/healthy-babies.json: ${term} names ${id}, which is not in the catalogue`);
      return { id: `attr-${id.replace(/^svc-/, '')}-${term}`, link_type: 'service', link_id: id, taxonomy_term_id: term };
    }),
  );
}

/** Links each core service to the kinds of contact it fills (data/curation/contact-roles.json `services`). */
function contactRoleAttributes(services) {
  const ids = new Set(services.map((s) => s.id));
  return Object.entries(CONTACT_ROLES).flatMap(([term, role]) =>
    role.services.map((id) => {
      if (!ids.has(id)) throw new Error(`data/curation/contact-roles.json: ${term} names ${id}, which is not in the catalogue`);
      return { id: `attr-${id.replace(/^svc-/, '')}-${term}`, link_type: 'service', link_id: id, taxonomy_term_id: term };
    }),
  );
}

function write(name, value) {
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`);
}

const tables = await build();
mkdirSync(outDir, { recursive: true });
write('dataset', DATASET);
for (const [name, rows] of Object.entries(tables)) write(name, rows);
console.log(`Wrote ${tables.services.length} services, ${tables.locations.length} locations, ${tables.phones.length} phones to ${outDir}`);
