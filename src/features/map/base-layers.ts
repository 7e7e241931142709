/**
 * The offline base map: the area's district boundaries with its county outlines, and town
 * names, all from public/geo, so the map reads with no network. Town names show only when
 * tiles are missing (tiles carry their own).
 */
import L from 'leaflet';
import type { Basemap } from './basemap';
import './basemap.css';

export interface Place {
  name: string;
  lat: number;
  lon: number;
  /** Postcodes within 1 km: bigger towns first. */
  rank: number;
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The district boundaries and the county outlines as one SVG over exactly the area's
 * bounds: projected at build time, so the phone only lays it down (Leaflet drawing the same
 * 5,800 points as vectors took a cheap phone about a quarter of a second). Built with DOM calls
 * from our own data, never parsed from markup. Styled in basemap.css.
 */
export function basemapLayer(drawing: Basemap, bounds: L.LatLngBounds): L.SVGOverlay {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${drawing.width} ${drawing.height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  for (const { kind, code, d } of drawing.paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('class', `map-${kind}`);
    path.dataset.code = code;
    path.setAttribute('d', d);
    svg.append(path);
  }
  return L.svgOverlay(svg, bounds, { interactive: false, className: 'map-basemap' });
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
