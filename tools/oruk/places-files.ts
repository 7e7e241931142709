/**
 * Node-only: the area's unit postcodes with their district (data/area.json geo_sources.postcodes,
 * under ../shared/data by default, the folder scripts/data/build-geo.mjs reads), so an address with no
 * county gets the county of its exact postcode. A missing file gives an empty map: the import then
 * falls back to the outcode, or leaves the county empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostcodeDistricts } from './places';

export function readPostcodeDistricts(areaFile: string, sharedDataDir: string): PostcodeDistricts {
  const units: PostcodeDistricts = new Map();
  const area = JSON.parse(readFileSync(areaFile, 'utf8')) as { geo_sources?: { postcodes?: string } };
  const file = area.geo_sources?.postcodes;
  if (!file || !existsSync(join(sharedDataDir, file))) return units;
  const [head, ...lines] = readFileSync(join(sharedDataDir, file), 'utf8').trim().split(/\r?\n/);
  const cols = (head ?? '').split(',');
  const pc = cols.indexOf('postcode');
  const lad = cols.indexOf('lad_code');
  if (pc < 0 || lad < 0) return units;
  for (const line of lines) {
    const cells = line.split(',');
    if (cells[pc] && cells[lad]) units.set(cells[pc]!.trim().toUpperCase(), cells[lad]!.trim());
  }
  return units;
}
