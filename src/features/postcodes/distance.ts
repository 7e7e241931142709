/** Distances for "near me": great-circle miles, rounded to one decimal as the list shows them. */

const EARTH_RADIUS_MILES = 3958.8;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export interface Point {
  lat: number;
  lon: number;
}

/** Haversine distance in miles (accurate to well under 0.1 mile at these scales). */
export function distanceMiles(a: Point, b: Point): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Miles to one decimal place: 0.04 → 0, 2.25 → 2.3. */
export const roundMiles = (miles: number): number => Math.round(miles * 10) / 10;
