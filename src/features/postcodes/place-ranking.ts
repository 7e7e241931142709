/**
 * Search results for a family whose postcode we know (pure): how far each service's nearest
 * place is, their own area first, and "nearest first" when they ask for it.
 * "Their own area" is the county of their district (Hertfordshire or west Essex): a service
 * that serves their district, or the whole country, comes before one that only serves the other county.
 */
import area from '../../../data/area.json';
import type { ServiceView } from '../catalogue/model';
import { servesDistrict } from '../filters/match';
import { distanceMiles, type Point } from './distance';

export type ResultOrder = 'best' | 'nearest';

/** Miles to the service's nearest place with coordinates; undefined for phone-only or online services. */
export function nearestMiles(service: ServiceView, from: Point): number | undefined {
  let best: number | undefined;
  for (const { latitude, longitude } of service.locations) {
    if (latitude === undefined || longitude === undefined) continue;
    const miles = distanceMiles(from, { lat: latitude, lon: longitude });
    if (best === undefined || miles < best) best = miles;
  }
  return best;
}

type CountyDistrict = { lad_code: string; county: string };

/** Each county of the area → its district codes, in the area file's order (search reads a county's name as its districts). */
export function districtsByCounty(districts: CountyDistrict[] = area.districts): Map<string, string[]> {
  const byCounty = new Map<string, string[]>();
  for (const d of districts) byCounty.set(d.county, [...(byCounty.get(d.county) ?? []), d.lad_code]);
  return byCounty;
}

/** The districts of the county `ladCode` lies in (empty when it is not one of the area's). */
export function countyDistricts(ladCode: string, districts: CountyDistrict[] = area.districts): string[] {
  const county = districts.find((d) => d.lad_code === ladCode)?.county;
  return (county && districtsByCounty(districts).get(county)) || [];
}

/** 0: serves the family's district (or everywhere); 1: elsewhere in their county; 2: only the other county. */
function areaTier(service: ServiceView, ladCode: string, county: string[]): number {
  if (servesDistrict(service, ladCode)) return 0;
  return county.some((code) => servesDistrict(service, code)) ? 1 : 2;
}

export interface PlacedResults {
  services: ServiceView[];
  /** Unrounded miles by service id, for the services that have a place. */
  miles: Map<string, number>;
}

/**
 * The family's area first, keeping the search's own order within each tier (Array sort is stable,
 * so the urgent numbers a query put first stay first: they serve everywhere). "nearest" then sorts
 * each tier by distance, services with no place after those with one: a family centre nearby that
 * only serves the other county is no nearer answer for this family.
 */
export function rankForPlace(services: ServiceView[], place: Point & { ladCode?: string }, order: ResultOrder): PlacedResults {
  const miles = new Map<string, number>();
  for (const service of services) {
    const m = nearestMiles(service, place);
    if (m !== undefined) miles.set(service.id, m);
  }
  const { ladCode } = place;
  const county = ladCode ? countyDistricts(ladCode) : [];
  const tiers = new Map(services.map((s) => [s.id, ladCode ? areaTier(s, ladCode, county) : 0]));
  // Services with no place sort after every distance (a large number, not Infinity: Infinity - Infinity is NaN).
  const far = Number.MAX_SAFE_INTEGER;
  const byDistance = (a: ServiceView, b: ServiceView) => (order === 'nearest' ? (miles.get(a.id) ?? far) - (miles.get(b.id) ?? far) : 0);
  const ranked = [...services].sort((a, b) => (tiers.get(a.id) ?? 0) - (tiers.get(b.id) ?? 0) || byDistance(a, b));
  return { services: ranked, miles };
}

/** The order asked for in a search address ("sort=nearest"); anything else is the search's own. */
export function orderIn(search: string): ResultOrder {
  return new URLSearchParams(search).get('sort') === 'nearest' ? 'nearest' : 'best';
}

/** A search address with the order added (the filters' canonical URL knows nothing of it). */
export function withOrder(url: string, order: ResultOrder): string {
  if (order !== 'nearest') return url;
  return `${url}${url.includes('?') ? '&' : '?'}sort=nearest`;
}
