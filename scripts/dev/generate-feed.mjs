#!/usr/bin/env node
// Generates a synthetic ORUK v1 feed for tests and benchmarks only (never shipped): clearly
// fictional services ("Fictional service 0001"), example.org addresses and Ofcom drama numbers.
//   node scripts/dev/generate-feed.mjs [count=2000] [outDir=<new temp folder>] [--per-page 100]
// Writes page-1.json … page-N.json (totalPages/number/content) and prints the folder.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom as rng } from '../lib/seeded-random.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TERMS = [
  'Health visiting',
  'Infant feeding support',
  'Parent, baby and toddler groups',
  'Midwife and maternity',
  'Parenting support',
  'Debt and welfare advice',
  'Early years language and learning',
  'Perinatal mental health support',
  'Fictional unmapped activity',
];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

export function generateFeed(count = 2000, outDir = mkdtempSync(join(tmpdir(), 'bsf-feed-')), perPage = 100) {
  const area = JSON.parse(readFileSync(join(root, 'data/area.json'), 'utf8'));
  const rand = rng(42);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const { south, west, north, east } = area.bounds;
  const services = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    const district = pick(area.districts);
    const term = pick(TERMS);
    const withCoords = rand() > 0.05;
    const min = pick([0, 0, 0, 1, 2, 3]);
    return {
      id: `gen-${n}`,
      name: `Fictional service ${n}`,
      description: `A fictional ${term.toLowerCase()} service in ${district.name}, generated for a benchmark. `.repeat(3).trim(),
      url: `https://example.org/services/${n}`,
      email: `service${n}@example.org`,
      status: 'active',
      fees: rand() > 0.3 ? 'Free' : 'Small charge',
      assured_date: `2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      organization: {
        id: `gen-org-${Math.floor(i / 5)}`,
        name: `Fictional organisation ${Math.floor(i / 5)}`,
        description: 'A fictional organisation.',
        url: 'https://example.org/',
      },
      eligibilitys: [{ id: `gen-elig-${n}`, minimum_age: min, maximum_age: min + pick([2, 3, 5]) }],
      contacts: [
        {
          id: `gen-con-${n}`,
          phones: [
            {
              id: `gen-ph-${n}`,
              number: i % 2 ? `01632 960${String(i % 1000).padStart(3, '0')}` : `07700 900${String(i % 1000).padStart(3, '0')}`,
            },
          ],
        },
      ],
      regular_schedules: [
        { id: `gen-sch-${n}`, weekday: 1 + (i % 5), byday: DAYS[i % 5], opens_at: '09:30:00', closes_at: '11:30:00', freq: 'WEEKLY' },
      ],
      languages: [{ id: `gen-lang-${n}`, language: 'English' }],
      service_areas: [{ id: `gen-area-${n}`, service_area: district.name }],
      service_at_locations: [
        {
          id: `gen-sal-${n}`,
          location: {
            id: `gen-loc-${n}`,
            name: `Fictional venue ${n}`,
            ...(withCoords
              ? { latitude: +(south + rand() * (north - south)).toFixed(5), longitude: +(west + rand() * (east - west)).toFixed(5) }
              : {}),
            physical_addresses: [
              {
                id: `gen-addr-${n}`,
                address_1: `${i + 1} Example Street`,
                city: district.name,
                state_province: district.county,
                postal_code: '',
                country: 'GB',
              },
            ],
          },
        },
      ],
      service_taxonomys: [
        { id: `gen-st-${n}`, taxonomy: { id: `gen-term-${TERMS.indexOf(term)}`, name: term, vocabulary: 'DfE family services' } },
      ],
    };
  });
  mkdirSync(outDir, { recursive: true });
  const pages = Math.ceil(count / perPage);
  for (let p = 1; p <= pages; p++) {
    const content = services.slice((p - 1) * perPage, p * perPage);
    writeFileSync(
      join(outDir, `page-${p}.json`),
      JSON.stringify({
        totalElements: count,
        totalPages: pages,
        number: p,
        size: content.length,
        first: p === 1,
        last: p === pages,
        content,
      }),
    );
  }
  return { outDir, pages };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--per-page');
  const perPage = flag >= 0 ? Number(args.splice(flag, 2)[1]) : 100;
  const { outDir, pages } = generateFeed(args[0] ? Number(args[0]) : 2000, args[1] ? resolve(args[1]) : undefined, perPage);
  console.log(`Wrote ${pages} pages to ${outDir}`);
}
