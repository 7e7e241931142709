/**
 * Finds the places in what a parent typed (pure): a district ("Harlow", "Epping Forest"), a
 * county ("Essex"), a town or village of the area ("Bishop's Stortford"), or a postcode or outcode
 * ("CM20", "CM20 1QX"). The search then sorts services by place rather than matching the name
 * as text: as text, "Harlow family support" put Hertfordshire's Family Centre Service first (issue 14).
 */
import area from '../../../data/area.json';
import { districtsByCounty } from '../postcodes/place-ranking';
import gazetteerFile from './search-places.json';
import { tokenise } from './text';

export interface Gazetteer {
  /** Normalised place name ("bishops stortford") → district codes. */
  places: Map<string, string[]>;
  /** Lower-case outcode ("cm20") → district codes. */
  outcodes: Map<string, string[]>;
  /** Longest place name, in words. */
  longest: number;
}

export interface PlacesInQuery {
  /** District codes of every place found (empty when none). */
  ladCodes: string[];
  /** The words left once the places are taken out, in order. */
  rest: string[];
}

/** A common short form of a county name that the area file does not spell out. */
const COUNTY_SHORT_FORMS: Record<string, string> = { herts: 'hertfordshire' };

type GazetteerSource = { places: Record<string, number[]>; outcodes: Record<string, number[]> };
type AreaSource = { districts: { lad_code: string; name: string; county: string }[] };

export function buildGazetteer(source: GazetteerSource = gazetteerFile, areaFile: AreaSource = area): Gazetteer {
  const codesOf = (indexes: number[]) => indexes.flatMap((i) => areaFile.districts[i]?.lad_code ?? []);
  const places = new Map<string, string[]>();
  const add = (name: string, codes: string[]) => {
    const key = tokenise(name).join(' ');
    if (key) places.set(key, [...new Set([...(places.get(key) ?? []), ...codes])]);
  };
  for (const [name, indexes] of Object.entries(source.places)) add(name, codesOf(indexes));
  for (const d of areaFile.districts) add(d.name, [d.lad_code]);
  for (const [county, codes] of districtsByCounty(areaFile.districts)) add(county, codes);
  for (const [short, county] of Object.entries(COUNTY_SHORT_FORMS)) {
    const codes = places.get(county);
    if (codes) places.set(short, codes);
  }
  const outcodes = new Map(Object.entries(source.outcodes).map(([code, indexes]) => [code, codesOf(indexes)]));
  const longest = Math.max(1, ...[...places.keys()].map((k) => k.split(' ').length));
  return { places, outcodes, longest };
}

/** "cm201qx" (a full postcode typed without its space) → "cm20". */
const COMPACT_POSTCODE = /^([a-z]{1,2}\d[a-z\d]?)\d[a-z]{2}$/;
/** The inward part of a postcode ("1qx") or a sector digit ("1") after an outcode. */
const INWARD = /^\d([a-z]{2})?$/;

export function findPlaces(tokens: string[], gazetteer: Gazetteer): PlacesInQuery {
  const found = new Set<string>();
  const rest: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let taken = 0;
    // Longest name first, so "welwyn garden city" wins over "welwyn".
    for (let n = Math.min(gazetteer.longest, tokens.length - i); n >= 1 && taken === 0; n--) {
      const codes = gazetteer.places.get(tokens.slice(i, i + n).join(' '));
      if (codes) {
        codes.forEach((c) => found.add(c));
        taken = n;
      }
    }
    if (taken === 0) {
      const token = tokens[i] as string;
      const outcode = gazetteer.outcodes.has(token) ? token : COMPACT_POSTCODE.exec(token)?.[1];
      const codes = outcode === undefined ? undefined : gazetteer.outcodes.get(outcode);
      if (codes) {
        codes.forEach((c) => found.add(c));
        taken = outcode === token && INWARD.test(tokens[i + 1] ?? '') ? 2 : 1;
      }
    }
    if (taken === 0) {
      rest.push(tokens[i] as string);
      taken = 1;
    }
    i += taken;
  }
  return { ladCodes: [...found], rest };
}
