/**
 * The prebuilt base map drawing (public/geo/basemap.json, made by scripts/data/geo/basemap.mjs) and
 * where a place falls on it (pure). The drawing is Web Mercator over exactly the area's bounds,
 * x from the west edge and y from the north edge, in the same units; this is that projection.
 */
export interface Basemap {
  width: number;
  height: number;
  paths: { kind: 'district' | 'outline'; code: string; d: string }[];
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** The point on the drawing for a latitude and longitude (outside the bounds lands off it). */
export function pointOnBasemap(drawing: Pick<Basemap, 'width'>, bounds: Bounds, lat: number, lon: number): { x: number; y: number } {
  const xScale = drawing.width / (bounds.east - bounds.west);
  const yScale = xScale * (180 / Math.PI);
  return { x: (lon - bounds.west) * xScale, y: (mercatorY(bounds.north) - mercatorY(lat)) * yScale };
}
