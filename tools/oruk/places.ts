/**
 * What a feed leaves out, found in the place data the app already ships
 * (src/features/search/search-places.json, built by scripts/data/build-search-places.mjs from the
 * area's places and postcode files): the county of a postcode, and the district(s) of a town or
 * village named as a service area; with the area's postcode file (read by places-files.ts), the
 * exact district of a unit postcode. Nothing is guessed: an outcode that spans two counties, or
 * a name the places file does not hold, gives undefined.
 */
import { buildGazetteer, type Gazetteer } from '../../src/features/search/places-in-query';
import { tokenise } from '../../src/features/search/text';
import type { AreaConfig } from '../../src/features/catalogue/validate';

export interface PlaceLookup {
  /** The county every district of the postcode's outcode is in, else undefined. */
  countyOfPostcode(postcode: string): string | undefined;
  /** The area's district codes for a town or village name, else undefined. */
  districtsOfPlace(name: string): string[] | undefined;
}

export function placeLookup(
  area: AreaConfig,
  units: PostcodeDistricts = new Map(),
  gazetteer: Gazetteer = buildGazetteer(undefined, area),
): PlaceLookup {
  const countyOf = new Map(area.districts.map((d) => [d.lad_code, d.county]));
  return {
    countyOfPostcode(postcode) {
      const unit = units.get(postcode.trim().toUpperCase().replace(/\s+/g, ' '));
      if (unit) return countyOf.get(unit);
      const outcode = postcode.trim().toLowerCase().split(/\s+/)[0] ?? '';
      const counties = new Set((gazetteer.outcodes.get(outcode) ?? []).map((code) => countyOf.get(code)));
      const [county] = counties;
      return counties.size === 1 ? county : undefined;
    },
    districtsOfPlace(name) {
      const codes = gazetteer.places.get(tokenise(name).join(' '));
      return codes && codes.length > 0 ? codes : undefined;
    },
  };
}

/** Unit postcode ("SG1 1AA") → district code, for the lookup's exact answer before the outcode's. */
export type PostcodeDistricts = Map<string, string>;
