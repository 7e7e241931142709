/**
 * Whether a point (from "Use my location") lies in one of the area's districts, by point-in-polygon
 * against the shipped boundaries. Postcodes answer this from their own data instead (lookup.ts).
 */
import type { Point } from './distance';

type Ring = [number, number][];
export interface BoundaryFeature {
  properties: { kind: string; code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** Even-odd ray casting on [lon, lat] rings; holes cancel out because they are rings too. */
function inRings(rings: Ring[], { lat, lon }: Point): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] ?? [0, 0];
      const [xj, yj] = ring[j] ?? [0, 0];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The district code containing the point, or undefined when it is outside the area. */
export function districtAt(features: BoundaryFeature[], point: Point): string | undefined {
  for (const feature of features) {
    if (feature.properties.kind !== 'district') continue;
    const { geometry } = feature;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    if (polygons.some((rings) => inRings(rings, point))) return feature.properties.code;
  }
  return undefined;
}
