#!/usr/bin/env node
// Builds src/features/search/search-places.json: the town and village names and postcode
// outcodes of the area, each with the districts it lies in, so a place typed into the search
// box ("Harlow family support", "midwife CM20") sorts services by place instead of being
// matched as text. From the sourced files in ../shared/data (see PROVENANCE.md there): the
// places file (GeoNames, with each place's district) and the postcode sectors (ONS).
// Usage: node scripts/data/build-search-places.mjs [path-to-shared-data]   (default ../shared/data)
// Output is deterministic. Districts are stored by their position in data/area.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(repoRoot, process.argv[2] ?? '../shared/data');
const AREA = JSON.parse(readFileSync(join(repoRoot, 'data/area.json'), 'utf8'));
const readCsv = (file) => parse(readFileSync(join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true });
const districtIndex = new Map(AREA.districts.map((d, i) => [d.lad_code, i]));
// The same normalising as src/features/search/text.ts tokenise(), joined by spaces.
const key = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
const sortedObject = (map) =>
  Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));

const places = new Map();
// Only named places ("place" quality): the estimated and outcode-level rows are mostly hamlets
// whose names ("Matching", "Moreton") a parent is more likely to type as ordinary words.
for (const row of readCsv(AREA.geo_sources.places)) {
  const index = districtIndex.get(row.lad_code);
  if (row.coord_quality !== 'place' || index === undefined) continue;
  const name = key(row.name);
  if (!places.has(name)) places.set(name, new Set());
  places.get(name).add(index);
}

const outcodes = new Map();
for (const row of readCsv(AREA.geo_sources.postcode_sectors)) {
  const index = districtIndex.get(row.main_lad_code);
  if (index === undefined || Number(row.postcodes_in_scope) === 0) continue;
  const outcode = row.outcode.toLowerCase();
  if (!outcodes.has(outcode)) outcodes.set(outcode, new Set());
  outcodes.get(outcode).add(index);
}

const out = join(repoRoot, 'src/features/search/search-places.json');
writeFileSync(out, `${JSON.stringify({ places: sortedObject(places), outcodes: sortedObject(outcodes) })}\n`);
console.log(`${out}: ${places.size} places, ${outcodes.size} outcodes`);
