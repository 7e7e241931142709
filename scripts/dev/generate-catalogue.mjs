#!/usr/bin/env node
/**
 * Synthetic catalogues for the search benchmark only (never shipped, never in data/):
 * services in the app's ServiceView shape, with names, topics, towns and ~40-word descriptions
 * drawn from the real catalogue's own words, so word frequencies look like real ones.
 * Usage: node scripts/dev/generate-catalogue.mjs [count ...]  → /tmp/bsf-bench/catalogue-<count>.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = '/tmp/bsf-bench';

const read = (name) => JSON.parse(readFileSync(join(root, 'data/catalogue', `${name}.json`), 'utf8'));

/** A small deterministic PRNG, so every run benchmarks the same catalogue. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function generateCatalogue(count, seed = 42) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const services = read('services');
  const terms = read('taxonomy_terms');
  const categories = terms.filter((t) => t.taxonomy_id === 'bsf-category').map((t) => t.id);
  const stages = terms.filter((t) => t.taxonomy_id === 'bsf-life-stage').map((t) => t.id);
  const area = JSON.parse(readFileSync(join(root, 'data/area.json'), 'utf8'));
  const towns = area.districts.map((d) => d.name);
  const words = services.flatMap((s) => s.description.split(/\s+/));
  const kinds = [
    'Stay and Play',
    'Baby Group',
    'Parent Support',
    'Advice Line',
    'Family Hub',
    'Breastfeeding Cafe',
    'Speech and Language Drop-in',
    'Health Visitor Clinic',
    'Toddler Music',
    'SEND Support Group',
    'Antenatal Class',
    'Money Advice',
    "Children's Centre",
    'Rhyme Time',
    'Dads Group',
    'Baby Massage',
    'Weaning Workshop',
  ];
  const orgs = ['Community Trust', 'Family Network', 'Council', 'Charity', 'NHS Trust', 'Parents Forum'];
  const catalogue = [];
  for (let i = 0; i < count; i++) {
    const town = pick(towns);
    // A made-up place word per ~20 services grows the vocabulary the way real venue names do.
    const place = `Place${Math.floor(i / 20)}`;
    const description = Array.from({ length: 40 }, () => pick(words)).join(' ');
    catalogue.push({
      id: `svc-bench-${i}`,
      name: `${town} ${pick(kinds)} ${place}`,
      description,
      organisation: { id: `org-bench-${i % 300}`, name: `${pick(towns)} ${pick(orgs)}` },
      sourceUrls: ['https://example.org/'],
      checkedOn: '2026-01-01',
      lifeStages: [pick(stages)],
      categories: [pick(categories), ...(rand() < 0.4 ? [pick(categories)] : [])],
      childOutcomes: [],
      phones: [],
      locations: [{ id: `loc-bench-${i}`, name: `${place} Hall`, address: { town, county: 'Hertfordshire' }, accessibility: [] }],
      schedules: [],
      costs: [],
      languages: [],
      areas: [],
    });
  }
  return {
    dataset: {},
    services: catalogue,
    terms: terms.map((t) => ({ id: t.id, taxonomyId: t.taxonomy_id, name: t.name, description: t.description })),
  };
}

export function writeCatalogue(count) {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `catalogue-${count}.json`);
  writeFileSync(file, JSON.stringify(generateCatalogue(count)));
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  for (const count of counts.length ? counts : [2000, 20000]) console.log(`wrote ${writeCatalogue(count)}`);
}
