/**
 * The service page's small location map, with a "Directions" link, under "Where". The map code
 * (Leaflet) is imported only when the page has one place to show.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LocationView, ServiceView } from '../catalogue/model';

type LocationMap = ComponentType<{ service: ServiceView; location: LocationView }>;

/** Loads the map module (Leaflet) only when a page shows a map, and renders nothing until then. */
function useLocationMap(wanted: boolean): LocationMap | null {
  const [component, setComponent] = useState<LocationMap | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    import('./service-location-map').then(
      (module) => live && setComponent(() => module.default),
      // Offline before the map was cached: the address above still says where it is.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return component;
}

export function LocationExtras({ service }: { service: ServiceView }) {
  // One place gets a small map; a service with many (the family centre bases) lists them instead.
  const located = service.locations.filter((l) => l.latitude !== undefined && l.longitude !== undefined);
  const only = located.length === 1 ? located[0] : undefined;
  const Map = useLocationMap(Boolean(only));
  return Map && only ? <Map service={service} location={only} /> : null;
}
