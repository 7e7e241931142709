// The offline base map as ready-made SVG path data: the area's districts and its county
// outlines, projected at build time to Web Mercator over exactly the area's bounds
// (data/area.json), so the map lays them over itself as one SVG (L.svgOverlay) that lines up at
// every zoom. Drawing the same 5,800 points as Leaflet vectors cost a cheap phone about a quarter
// of a second on every map page; a prebuilt drawing costs it next to nothing.
//   basemap(features, bounds) → { width, height, paths: [{ kind, code, d }] }

/** Width of the drawing in SVG units; the height follows from the projection. */
const WIDTH = 10000;
/** Districts first, so the bold county outlines are drawn on top. */
const ORDER = ['district', 'outline'];

const mercatorY = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export function basemap(features, { south, west, north, east }) {
  const xScale = WIDTH / (east - west);
  // Mercator y in the same units as x (degrees of longitude), so the aspect ratio is true.
  const yScale = xScale * (180 / Math.PI);
  const point = ([lon, lat]) => {
    if (lon < west || lon > east || lat < south || lat > north) {
      throw new Error(`Boundary point ${lon},${lat} lies outside data/area.json bounds`);
    }
    // Whole units: one unit of the drawing is about 13 m on the ground.
    return `${Math.round((lon - west) * xScale)} ${Math.round((mercatorY(north) - mercatorY(lat)) * yScale)}`;
  };
  const ring = (coordinates) => `M${coordinates.map(point).join('L')}Z`;
  const rings = (geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());
  const paths = ORDER.flatMap((kind) =>
    features
      .filter((f) => f.properties.kind === kind)
      .map((f) => ({ kind, code: f.properties.code, d: rings(f.geometry).map(ring).join('') })),
  );
  return { width: WIDTH, height: Math.round((mercatorY(north) - mercatorY(south)) * yScale), paths };
}
