/**
 * Map markers from the services list: one point per distinct position, holding every service
 * there (the Lister Hospital and the Stevenage base share the town-centre point), each with a
 * unique accessible name. Pure.
 */
import type { PlacedService } from '../postcodes/nearest';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  /** The marker's accessible name, unique among the points. */
  name: string;
  entries: PlacedService[];
}

export function mapPoints(placed: PlacedService[], nameOf: (entries: PlacedService[]) => string): MapPoint[] {
  const byPosition = new Map<string, PlacedService[]>();
  for (const entry of placed) {
    const key = `${entry.location.latitude},${entry.location.longitude}`;
    const list = byPosition.get(key);
    if (list) list.push(entry);
    else byPosition.set(key, [entry]);
  }
  const used = new Map<string, number>();
  return [...byPosition.entries()].map(([key, entries]) => {
    const first = entries[0] as PlacedService;
    const base = nameOf(entries);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return {
      id: key,
      lat: first.location.latitude,
      lon: first.location.longitude,
      name: seen === 1 ? base : `${base} (${seen})`,
      entries,
    };
  });
}
