#!/usr/bin/env node
// Builds the map and postcode files the app ships (public/geo/*.json, precached) from the
// sourced files in ../shared/data (see PROVENANCE.md there for sources and licences).
// Usage: node scripts/data/build-geo.mjs [path-to-shared-data]   (default ../shared/data)
// Output is deterministic: re-running with the same inputs gives no diff.
//
// postcodes.json, designed for size and lookup speed (decoded lazily, one sector at a time):
//   { precision: 10000,
//     outcodes: { "AL1": [lat, lon, scope], … }        every GB outcode; lat/lon as integers of
//                                                        1e-4 degrees; scope 0 none, 1 some, 2 all
//     sectors: { "AL1": { "1": [lat, lon, complete, "AGAJ…", [dLat, dLon, dLat, dLon, …]] } } }
// In a sector, unit suffixes are sorted and concatenated two letters each; each unit's position
// is a delta from the previous one (the first from the sector centroid), which keeps numbers short.
// `complete` is 1 when every live postcode of the sector is in the area's districts (so a missing unit
// does not exist), 0 when some lie outside (a missing unit may be a real one outside the area).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { basemap } from './geo/basemap.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(repoRoot, process.argv[2] ?? '../shared/data');
const outDir = join(repoRoot, 'public/geo');
// Which files to read comes from the area file, so another council points it at its own data.
const AREA = JSON.parse(readFileSync(join(repoRoot, 'data/area.json'), 'utf8'));
const SOURCES = AREA.geo_sources;
const PRECISION = 10000; // 1e-4 degrees: about 11 m, ample for distances in tenths of a mile

const readCsv = (file) => parse(readFileSync(join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true });
const fixed = (value) => Math.round(Number(value) * PRECISION);
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function buildPostcodes() {
  const sectorRows = readCsv(SOURCES.postcode_sectors).sort((a, b) => byKey(a.sector, b.sector));
  // in_scope_share is rounded (AL3 shows 1.00 with 954 of 955 in scope), so count from the sectors.
  const inScope = new Map();
  for (const row of sectorRows) inScope.set(row.outcode, (inScope.get(row.outcode) ?? 0) + Number(row.postcodes_in_scope));
  const outcodes = {};
  for (const row of readCsv(SOURCES.postcode_districts).sort((a, b) => byKey(a.outcode, b.outcode))) {
    const count = inScope.get(row.outcode) ?? 0;
    const scope = count === 0 ? 0 : count === Number(row.postcode_count) ? 2 : 1;
    outcodes[row.outcode] = [fixed(row.latitude), fixed(row.longitude), scope];
  }
  const units = new Map(); // "AL1 1" → [[suffix, lat, lon]]
  for (const row of readCsv(SOURCES.postcodes)) {
    const [outcode, inward] = row.postcode.split(' ');
    const key = `${outcode} ${inward[0]}`;
    if (!units.has(key)) units.set(key, []);
    units.get(key).push([inward.slice(1), fixed(row.latitude), fixed(row.longitude)]);
  }
  const sectors = {};
  for (const row of sectorRows) {
    const list = (units.get(row.sector) ?? []).sort((a, b) => byKey(a[0], b[0]));
    let [prevLat, prevLon] = [fixed(row.latitude), fixed(row.longitude)];
    const deltas = [];
    for (const [, lat, lon] of list) {
      deltas.push(lat - prevLat, lon - prevLon);
      [prevLat, prevLon] = [lat, lon];
    }
    const complete = row.postcode_count === row.postcodes_in_scope ? 1 : 0;
    sectors[row.outcode] ??= {};
    sectors[row.outcode][row.sector.split(' ')[1]] = [
      fixed(row.latitude),
      fixed(row.longitude),
      complete,
      list.map(([suffix]) => suffix).join(''),
      deltas,
    ];
    units.delete(row.sector);
  }
  if (units.size) throw new Error(`Postcodes with no sector row: ${[...units.keys()].join(', ')}`);
  return { precision: PRECISION, outcodes, sectors };
}

/** Rounds a ring to 4 decimals and drops points that rounding made repeat. */
function roundRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const point = [fixed(lon) / PRECISION, fixed(lat) / PRECISION];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

function roundGeometry(geometry) {
  const polygon = (rings) => rings.map(roundRing);
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
  throw new Error(`Unexpected geometry ${geometry.type}`);
}

/** The area's districts and the outlines (its counties), one FeatureCollection. */
function buildBoundaries() {
  const read = (file) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')).features;
  const features = [];
  for (const f of read(SOURCES.boundaries)) {
    const kind = f.properties.kind === 'district' ? 'district' : 'outline';
    const code = f.properties.lad_code ?? f.id;
    features.push({ type: 'Feature', properties: { kind, code, name: f.properties.name }, geometry: roundGeometry(f.geometry) });
  }
  // The neighbouring districts are left out: the bold outlines already show where the area ends,
  // and drawing 16 more polygons doubled the map's start-up work on a slow phone.
  const order = { district: 0, outline: 1, neighbour: 2 };
  features.sort((a, b) => order[a.properties.kind] - order[b.properties.kind] || byKey(a.properties.code, b.properties.code));
  // Exactly data/area.json's districts: the app checks locations and "Use my location" against them.
  const drawn = features.filter((f) => f.properties.kind === 'district').map((f) => f.properties.code);
  const listed = AREA.districts.map((d) => d.lad_code);
  const missing = listed.filter((code) => !drawn.includes(code));
  const extra = drawn.filter((code) => !listed.includes(code));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `${SOURCES.boundaries}: its districts must be data/area.json's; missing ${missing.join(', ') || 'none'}, not in area.json ${extra.join(', ') || 'none'}`,
    );
  }
  return { type: 'FeatureCollection', features };
}

/** Town and village labels: only GeoNames place-level points (approximate rows sit on outcode centroids). */
function buildPlaces() {
  return readCsv(SOURCES.places)
    .filter((row) => row.coord_quality === 'place')
    .map((row) => [row.name, Number(row.latitude), Number(row.longitude), Number(row.postcodes_within_1km) || 0])
    .sort((a, b) => b[3] - a[3] || byKey(a[0], b[0]));
}

mkdirSync(outDir, { recursive: true });
const boundaries = buildBoundaries();
const outputs = {
  'postcodes.json': buildPostcodes(),
  'boundaries.json': boundaries,
  'basemap.json': basemap(boundaries.features, AREA.bounds),
  'places.json': buildPlaces(),
};
for (const [file, value] of Object.entries(outputs)) {
  const text = JSON.stringify(value);
  writeFileSync(join(outDir, file), text);
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(`public/geo/${file}: ${(text.length / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);
}
