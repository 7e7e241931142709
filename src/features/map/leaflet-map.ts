/**
 * The Leaflet map itself. This module (and Leaflet with its CSS) is loaded only by the map
 * page and the small service map, through import(), so it never weighs on the home page.
 * Online: OpenStreetMap tiles (URL from data/area.json), cached by the service worker only as
 * viewed. Always: the district boundaries; when tiles are missing, town names too.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
// data/area.json directly: src/config/area.ts no longer has a default export.
import area from '../../../data/area.json';
import type { t as translate } from '../../i18n/i18n';
import { loadGeo } from '../postcodes/load';
import { yieldToMain } from '../../lib/yield';
import { online, reportNetworkResult } from '../../pwa/online';
import { basemapLayer, townLabels, type Place } from './base-layers';
import type { Basemap } from './basemap';
import type { MapPoint } from './map-points';
import { markerLayer } from './marker-layer';
import { QuietTileLayer } from './quiet-tile-layer';

export interface MapOptions {
  t: typeof translate;
  formatMiles: (miles: number) => string;
  /** Called with true when the detailed (tiled) map cannot be shown. */
  onTilesMissing: (missing: boolean) => void;
  /** A small, static map (the service page): fewer controls. */
  compact?: boolean;
  /** Start with the street map (OpenStreetMap tiles); off, the map is drawn from the app's own data. */
  streetMap: boolean;
}

interface LatLon {
  lat: number;
  lon: number;
}

export interface MapController {
  setPoints(points: MapPoint[]): void;
  /**
   * Centres the map on a point (`mark` draws it as the user's position), zoomed out if need be
   * so `alsoShow` (the nearest service) is in view too: a point far outside the area still shows one.
   */
  setOrigin(origin: LatLon | undefined, zoom?: number, mark?: boolean, alsoShow?: LatLon): void;
  /** Shows or hides the street map; no tile is requested while it is hidden. */
  setStreetMap(on: boolean): void;
  destroy(): void;
}

/** A User Timing entry for one step of building the map; `npm run bench` reads them. */
const measureSince = (name: string, start: number) => performance.measure(name, { start, end: performance.now() });

const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function tileLayer(onTilesMissing: (missing: boolean) => void): L.TileLayer {
  let loaded = 0;
  let failed = 0;
  // Leaflet's attribution control takes markup: our own fixed link around the escaped config text.
  const attribution = `<a href="https://www.openstreetmap.org/copyright">${escapeText(area.tile_attribution)}</a>`;
  return new QuietTileLayer(area.tile_url, { attribution, maxZoom: 19, crossOrigin: true })
    .on('tileload', () => {
      loaded += 1;
      onTilesMissing(false);
    })
    .on('tileerror', () => {
      failed += 1;
      // A tile the worker had not cached went to the network and failed: we are offline,
      // whatever navigator.onLine says (a cached tile loading proves nothing either way).
      reportNetworkResult(false);
      if (loaded === 0 && failed >= 1) onTilesMissing(true);
    });
}

/**
 * Someone who has asked their device for less motion (WCAG 2.3.3) gets a map that jumps instead of
 * gliding: no zoom, fade or marker animations, no inertia after a drag, and pans (keyboard arrows,
 * setView) that move at once. The CSS in base.css cannot reach these; Leaflet animates some in script.
 */
function stillMap(map: L.Map): void {
  const panBy = map.panBy.bind(map);
  map.panBy = (offset, panOptions) => panBy(offset, { ...panOptions, animate: false });
}

export async function createMap(container: HTMLElement, options: MapOptions): Promise<MapController> {
  // Loading Leaflet was one task; making the map, then each layer, are others.
  await yieldToMain();
  const { south, west, north, east } = area.bounds;
  const areaBounds = L.latLngBounds([south, west], [north, east]);
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(container, {
    minZoom: 7,
    maxZoom: 17,
    zoomControl: !options.compact,
    scrollWheelZoom: !options.compact,
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
    inertia: !still,
  });
  if (still) stillMap(map);
  map.fitBounds(areaBounds);
  map.attributionControl.setPrefix(false);
  map.createPane('townLabels').classList.add('map-town-pane');

  const [drawing, places] = await Promise.all([
    loadGeo<Basemap>('basemap.json'),
    loadGeo<[string, number, number, number][]>('places.json'),
  ]);
  // Each layer is drawn in its own task, so building the map never blocks a tap for long.
  await yieldToMain();
  const basemapStart = performance.now();
  basemapLayer(drawing, areaBounds).addTo(map);
  measureSince('bsf:map-basemap', basemapStart);

  const towns: Place[] = places.map(([name, lat, lon, rank]) => ({ name, lat, lon, rank }));
  let labels: L.LayerGroup | undefined;
  // Town names are drawn whenever there are no tiles to carry them: street map off, or failing.
  let showStreets = options.streetMap;
  let tilesMissing = !online.peek();
  const drawLabels = () => {
    labels?.remove();
    labels = !showStreets || tilesMissing ? townLabels(towns, map.getZoom()).addTo(map) : undefined;
  };
  const setMissing = (missing: boolean) => {
    tilesMissing = missing;
    container.classList.toggle('map--no-tiles', !showStreets || missing);
    drawLabels();
    options.onTilesMissing(showStreets && missing);
  };
  map.on('zoomend', drawLabels);
  const tiles = tileLayer(setMissing);
  const setStreetMap = (on: boolean) => {
    showStreets = on;
    if (on) tiles.addTo(map);
    else tiles.remove();
    setMissing(on ? !online.peek() : tilesMissing);
  };
  await yieldToMain();
  const labelStart = performance.now();
  setStreetMap(showStreets);
  measureSince('bsf:map-labels', labelStart);
  await yieldToMain();

  const markers = markerLayer(map, options.t, options.formatMiles);
  let origin: L.CircleMarker | undefined;
  return {
    setPoints(points) {
      const markerStart = performance.now();
      markers.setPoints(points);
      measureSince('bsf:map-markers', markerStart);
      container.dataset.points = String(points.length);
    },
    setOrigin(next, zoom = 12, mark = true, alsoShow) {
      origin?.remove();
      origin = undefined;
      if (!next) return;
      const view = L.latLngBounds([[next.lat, next.lon]]);
      if (alsoShow) view.extend([alsoShow.lat, alsoShow.lon]);
      if (map.getBoundsZoom(view.pad(0.2)) >= zoom) map.setView([next.lat, next.lon], zoom, { animate: !still });
      else map.fitBounds(view.pad(0.2), { animate: !still });
      if (!mark) return;
      origin = L.circleMarker([next.lat, next.lon], {
        radius: 9,
        color: '#0b0c0c',
        weight: 3,
        fillColor: '#ffdd00',
        fillOpacity: 1,
        interactive: false,
        className: 'map-origin',
      }).addTo(map);
    },
    setStreetMap,
    destroy() {
      markers.remove();
      map.remove();
    },
  };
}
