/**
 * Grid clustering: points closer than one cell on screen become one marker, so 2,000 locations
 * stay a few dozen focusable elements at any zoom. Pure: the caller projects to pixels.
 */

export interface Cluster<P> {
  /** Points in this marker, in input order (the first names a group). */
  points: P[];
  /** Pixel centre (mean of the members). */
  x: number;
  y: number;
}

export function clusterByGrid<P>(points: P[], project: (p: P) => { x: number; y: number }, cellPx: number): Cluster<P>[] {
  const cells = new Map<string, { points: P[]; sx: number; sy: number }>();
  for (const point of points) {
    const { x, y } = project(point);
    const key = `${Math.floor(x / cellPx)}:${Math.floor(y / cellPx)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.points.push(point);
      cell.sx += x;
      cell.sy += y;
    } else cells.set(key, { points: [point], sx: x, sy: y });
  }
  return [...cells.values()].map((c) => ({ points: c.points, x: c.sx / c.points.length, y: c.sy / c.points.length }));
}
