/**
 * The offline base map: the 13 district boundaries (with the two county outlines, and any
 * neighbouring districts the geo data includes, greyed) and town names, all vectors from public/geo, so the map
 * reads with no network. Town names show only when tiles are missing (tiles carry their own).
 */
import L from 'leaflet';
import type { BoundaryFeature } from '../postcodes/in-area';

export interface Place {
  name: string;
  lat: number;
  lon: number;
  /** Postcodes within 1 km: bigger towns first. */
  rank: number;
}

const STYLE: Record<string, L.PathOptions> = {
  neighbour: { color: '#b1b4b6', weight: 1, fillColor: '#f3f2f1', fillOpacity: 0.6 },
  district: { color: '#00615c', weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.15, className: 'map-district' },
  outline: { color: '#0b0c0c', weight: 3, fill: false, className: 'map-outline' },
};

export function boundaryLayer(features: BoundaryFeature[]): L.GeoJSON {
  // Neighbours underneath, districts, then the bold outlines on top.
  const order = ['neighbour', 'district', 'outline'];
  const sorted = [...features].sort((a, b) => order.indexOf(a.properties.kind) - order.indexOf(b.properties.kind));
  return L.geoJSON({ type: 'FeatureCollection', features: sorted } as unknown as GeoJSON.FeatureCollection, {
    interactive: false,
    style: (feature) => STYLE[(feature?.properties as { kind: string }).kind] ?? {},
  });
}

/** How many towns to label at a zoom level, so labels stay readable. */
const labelsAt = (zoom: number) => (zoom <= 9 ? 12 : zoom === 10 ? 35 : zoom === 11 ? 90 : Infinity);

export function townLabels(places: Place[], zoom: number): L.LayerGroup {
  const group = L.layerGroup();
  for (const place of places.slice(0, labelsAt(zoom))) {
    const label = document.createElement('span');
    label.textContent = place.name;
    const icon = L.divIcon({ className: 'map-town', html: label, iconSize: undefined });
    group.addLayer(L.marker([place.lat, place.lon], { icon, interactive: false, keyboard: false, pane: 'townLabels' }));
  }
  return group;
}
