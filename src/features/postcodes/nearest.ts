/**
 * The services list beside the map: one entry per service at each located place, nearest first
 * when we know where the user is; services with no location (phone, online, area-wide) listed apart.
 */
import type { LocationView, ServiceView } from '../catalogue/model';
import { distanceMiles, type Point } from './distance';
import { compareNames } from '../../lib/intl';

export interface PlacedService {
  service: ServiceView;
  location: LocationView & { latitude: number; longitude: number };
  /** Miles from the user's point, unrounded; undefined when no point was given. */
  miles?: number;
  /** True when the coordinates stand for a town, not the building (the catalogue's `coordinatesFrom`). */
  approximate: boolean;
}

export interface ServicesByPlace {
  placed: PlacedService[];
  /** Services with no map position: available anywhere in the area, by phone or online. */
  anywhere: ServiceView[];
}

const byName = compareNames;

/** Sorted by distance, then service name, then place name, so equal distances keep a stable order. */
export function servicesByPlace(services: ServiceView[], from?: Point): ServicesByPlace {
  const placed: PlacedService[] = [];
  const anywhere: ServiceView[] = [];
  for (const service of services) {
    let located = false;
    for (const location of service.locations) {
      const { latitude, longitude } = location;
      if (latitude === undefined || longitude === undefined) continue;
      located = true;
      placed.push({
        service,
        location: { ...location, latitude, longitude },
        miles: from ? distanceMiles(from, { lat: latitude, lon: longitude }) : undefined,
        approximate: Boolean(location.coordinatesFrom),
      });
    }
    if (!located) anywhere.push(service);
  }
  placed.sort(
    (a, b) => (a.miles ?? 0) - (b.miles ?? 0) || byName(a.service.name, b.service.name) || byName(a.location.name, b.location.name),
  );
  anywhere.sort((a, b) => byName(a.name, b.name));
  return { placed, anywhere };
}
