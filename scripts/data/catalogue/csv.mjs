// Reads the shared source CSVs and gives checked access to their cells.
// Every contact fact in the catalogue is copied from here by record id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Parse a CSV file with a header row into an array of objects. */
export function readCsv(path) {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

/** Load the source rows (by record id), the places (by name) and the postcodes (by postcode). */
export function loadSources(dataDir) {
  const rows = new Map();
  const sourceFiles = [
    join(dataDir, 'services/family_services_candidates.csv'),
    join(dataDir, 'services/sourced_contacts.csv'),
    // Facts we found and cited ourselves (same columns as sourced_contacts.csv).
    new URL('../../../data/sources/extra_sourced_facts.csv', import.meta.url).pathname,
    // Facts behind the current rules (timeline_rules_sources.md), e.g. the renamed childcare site.
    new URL('../../../data/sources/rules_sourced_facts.csv', import.meta.url).pathname,
  ];
  for (const file of sourceFiles) {
    for (const row of readCsv(file)) {
      if (rows.has(row.record_id)) throw new Error(`Duplicate record_id ${row.record_id}`);
      rows.set(row.record_id, row);
    }
  }
  const places = new Map();
  for (const place of readCsv(join(dataDir, 'places/herts_west_essex_places.csv'))) {
    if (!places.has(place.name)) places.set(place.name, place);
  }
  const postcodes = new Map();
  for (const pc of readCsv(join(dataDir, 'postcodes/herts_west_essex_postcodes.csv'))) {
    postcodes.set(pc.postcode, pc);
  }
  const nationalNumbers = new Map();
  for (const n of readCsv(new URL('../../../data/sources/national_fixed_numbers.csv', import.meta.url).pathname)) {
    nationalNumbers.set(n.number, n);
  }
  const verifications = new Map();
  for (const v of readCsv(new URL('../../../data/sources/verifications.csv', import.meta.url).pathname)) {
    verifications.set(v.service_id, v);
  }
  return { rows, places, postcodes, nationalNumbers, verifications };
}

/** The row with this record id; throws if it does not exist. */
export function row(src, id) {
  const found = src.rows.get(id);
  if (!found) throw new Error(`No source row ${id}`);
  return found;
}

/** A non-empty cell of a row; throws if it is blank (a blank cell means "not found"). */
export function cell(src, id, field) {
  const value = (row(src, id)[field] ?? '').trim();
  if (!value) throw new Error(`Row ${id} has no ${field}`);
  return value;
}

/** The row's source URLs (cells may hold several, separated by " | "). */
export function sourceUrls(src, id) {
  return cell(src, id, 'source_url')
    .split(' | ')
    .map((u) => u.trim())
    .filter(Boolean);
}

/** Sort key for source dates like "2023", "2023-07-18", "2024 or later", "2025-11". */
function dateKey(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '00'}-${m[3] ?? '00'}`;
}

/**
 * The date of the page a row's facts came from, as a catalogue value: "2023", "2025-11",
 * "2023-07-18", or "undated" when the row gives none. "2023 or later" keeps "2023" (the earliest
 * the page can be), so an age warning errs towards "check it".
 */
export function factDate(src, id) {
  const value = (row(src, id).source_date ?? '').trim();
  return /^\d{4}(-\d{2}){0,2}/.exec(value)?.[0] ?? 'undated';
}

/** The source fields every contact fact carries: the row's pages and their date. */
export function factSource(src, id) {
  return { source_url: sourceUrls(src, id), source_date: factDate(src, id) };
}

/** The newest source_date among these rows, as the row gives it; undefined if none is dated. */
export function newestSourceDate(src, ids) {
  let best;
  let bestKey = '';
  for (const id of ids) {
    const value = (row(src, id).source_date ?? '').trim();
    const key = value && dateKey(value);
    if (key && key > bestKey) {
      // Keep only the date itself: "2023 or later" means the page is from 2023 at the earliest.
      best = /^\d{4}(-\d{2}){0,2}/.exec(value)?.[0];
      bestKey = key;
    }
  }
  return best;
}

/**
 * Fill "{{s011.phone}}" style placeholders with the cell's value, so that numbers quoted
 * in descriptions and alerts are still copied from their row.
 */
export function fill(src, text, used) {
  return text.replace(/\{\{(\w+)\.(\w+)\}\}/g, (_, id, field) => {
    used?.add(id);
    return cell(src, id, field);
  });
}
