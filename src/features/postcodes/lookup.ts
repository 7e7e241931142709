/**
 * Finding a postcode in the compact file public/geo/postcodes.json (made by scripts/data/build-geo.mjs,
 * which documents the format). Pure: the caller loads the data. Only the asked-for sector is
 * decoded, so a lookup costs microseconds and loading costs one JSON.parse.
 */
import type { ParsedPostcode } from '../../lib/postcode';

/** [lat, lon, scope] with lat/lon in 1/precision degrees; scope 0 none, 1 some, 2 all in the area. */
type OutcodeRow = [number, number, 0 | 1 | 2];
/** [lat, lon, complete (0|1), suffixes "AAAB…", deltas [dLat, dLon, …]]. */
type SectorRow = [number, number, 0 | 1, string, number[]];

export interface PostcodeData {
  precision: number;
  outcodes: Record<string, OutcodeRow>;
  sectors: Record<string, Record<string, SectorRow>>;
}

export interface FoundPlace {
  /** As the user will read it: "SG1 1AA", "SG1 1" or "AL1". */
  label: string;
  lat: number;
  lon: number;
  /** How exact the point is: a unit postcode, or the centre of a sector or outcode. */
  precision: 'unit' | 'sector' | 'outcode';
  inArea: boolean;
}

export type PostcodeError = 'empty' | 'format' | 'notFound';

export type PostcodeLookup = { ok: true; place: FoundPlace } | { ok: false; error: PostcodeError; text: string };

/** Position of a two-letter unit suffix in the packed list, or -1 (only even offsets count). */
function suffixIndex(suffixes: string, unit: string): number {
  for (let at = suffixes.indexOf(unit); at !== -1; at = suffixes.indexOf(unit, at + 1)) {
    if (at % 2 === 0) return at / 2;
  }
  return -1;
}

function unitPoint(row: SectorRow, index: number): [number, number] {
  let [lat, lon] = row;
  const deltas = row[4];
  for (let i = 0; i <= index; i++) {
    lat += deltas[2 * i] ?? 0;
    lon += deltas[2 * i + 1] ?? 0;
  }
  return [lat, lon];
}

export function lookupPostcode(data: PostcodeData, parsed: ParsedPostcode): PostcodeLookup {
  if (parsed.kind === 'empty') return { ok: false, error: 'empty', text: '' };
  if (parsed.kind === 'invalid') return { ok: false, error: 'format', text: parsed.text };
  const scale = (lat: number, lon: number) => ({ lat: lat / data.precision, lon: lon / data.precision });
  const outcode = data.outcodes[parsed.outcode];
  const sector = parsed.kind === 'outcode' ? undefined : data.sectors[parsed.outcode]?.[parsed.sector];
  const notFound = { ok: false, error: 'notFound', text: parsed.text } as const;

  if (parsed.kind === 'full' && sector) {
    const index = suffixIndex(sector[3], parsed.unit);
    if (index >= 0) {
      const [lat, lon] = unitPoint(sector, index);
      return { ok: true, place: { label: parsed.text, ...scale(lat, lon), precision: 'unit', inArea: true } };
    }
    // Every live postcode of a complete sector is in the file, so this one does not exist.
    if (sector[2] === 1) return notFound;
    // Otherwise it may be a real postcode just over the border: use the sector's centre.
    return { ok: true, place: { label: parsed.text, ...scale(sector[0], sector[1]), precision: 'sector', inArea: false } };
  }
  if (parsed.kind === 'sector' && sector) {
    return { ok: true, place: { label: parsed.text, ...scale(sector[0], sector[1]), precision: 'sector', inArea: true } };
  }
  if (!outcode) return notFound;
  if (parsed.kind === 'outcode') {
    return {
      ok: true,
      place: { label: parsed.text, ...scale(outcode[0], outcode[1]), precision: 'outcode', inArea: outcode[2] > 0 },
    };
  }
  // A unit or sector we do not hold. If the whole outcode is in the area we hold all of it: not real.
  if (outcode[2] === 2) return notFound;
  // Outside the area (units there are not shipped): the outcode's centre, with no claim the unit exists.
  return { ok: true, place: { label: parsed.text, ...scale(outcode[0], outcode[1]), precision: 'outcode', inArea: false } };
}
