/**
 * Service markers: focusable DOM markers (Tab reaches each, Enter opens it) with a unique
 * accessible name, grouped on a screen grid so 2,000 locations stay a few dozen elements.
 * Only markers in view are built; they are rebuilt when the map stops moving.
 */
import L from 'leaflet';
import type { t as translate } from '../../i18n/i18n';
import { clusterByGrid } from './cluster';
import type { MapPoint } from './map-points';
import { popupContent } from './popup-content';

const CELL_PX = 44;

export interface MarkerLayer {
  setPoints(points: MapPoint[]): void;
  remove(): void;
}

function markerIcon(count: number): L.DivIcon {
  const label = document.createElement('span');
  label.className = 'map-marker__label';
  label.textContent = count > 1 ? String(count) : '';
  label.setAttribute('aria-hidden', 'true');
  const className = count > 1 ? 'map-marker map-marker--group' : 'map-marker';
  return L.divIcon({ className, html: label, iconSize: [28, 28] });
}

export function markerLayer(map: L.Map, t: typeof translate, formatMiles: (m: number) => string): MarkerLayer {
  const group = L.layerGroup().addTo(map);
  let points: MapPoint[] = [];
  let focusAfterRender: string | undefined;
  let openFor: string | undefined;
  const markerFor = (id: string) =>
    [...map.getContainer().querySelectorAll<HTMLElement>('.map-marker')].find((el) => el.dataset.pointId === id);

  function addMarker(latlng: L.LatLngExpression, name: string, members: MapPoint[], onChoose: () => void) {
    const count = members.reduce((sum, p) => sum + p.entries.length, 0);
    const marker = L.marker(latlng, { icon: markerIcon(members.length), keyboard: true, title: name, riseOnHover: true });
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      el.setAttribute('aria-label', name);
      el.dataset.count = String(members.length);
      el.dataset.services = String(count);
      el.dataset.pointId = members[0]?.id ?? '';
      if (focusAfterRender && focusAfterRender === el.dataset.pointId) {
        focusAfterRender = undefined;
        el.focus();
      }
    });
    marker.on('click', onChoose);
    // role="button": Enter and Space choose it (Leaflet only wires Enter for bound popups).
    marker.on('keydown', (event) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      onChoose();
    });
    group.addLayer(marker);
  }

  function render() {
    // Rebuilding would drop keyboard focus: put it back on the same place afterwards.
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.pointId : undefined;
    if (focused && !focusAfterRender) focusAfterRender = focused;
    group.clearLayers();
    const zoom = map.getZoom();
    const view = map.getBounds().pad(0.25);
    const visible = points.filter((p) => view.contains([p.lat, p.lon]));
    const atMaxZoom = zoom >= map.getMaxZoom();
    const clusters = atMaxZoom
      ? visible.map((p) => ({ points: [p] }))
      : clusterByGrid(visible, (p) => map.project([p.lat, p.lon], zoom), CELL_PX);
    for (const cluster of clusters) {
      const [first] = cluster.points;
      if (!first) continue;
      if (cluster.points.length === 1) {
        addMarker([first.lat, first.lon], first.name, cluster.points, () => {
          // A map-level popup survives the markers being rebuilt when it pans the map into view.
          openFor = first.id;
          L.popup({ maxWidth: 280, offset: [0, -8] })
            .setLatLng([first.lat, first.lon])
            .setContent(popupContent(first, t, formatMiles))
            .openOn(map);
        });
        continue;
      }
      const bounds = L.latLngBounds(cluster.points.map((p) => [p.lat, p.lon] as L.LatLngTuple));
      const name = t('map.clusterName', { count: cluster.points.length, first: first.name });
      addMarker(bounds.getCenter(), name, cluster.points, () => {
        // Zoom in, then put focus back on the group's first place so keyboard users keep their place.
        focusAfterRender = first.id;
        map.fitBounds(bounds.pad(0.3), { maxZoom: map.getMaxZoom() });
      });
    }
  }

  map.on('moveend', render);
  // Move focus into a summary when it opens, and back to its marker when it closes.
  map.on('popupopen', (event) => event.popup.getElement()?.querySelector('a')?.focus());
  map.on('popupclose', (event) => {
    const wasInside = document.activeElement === document.body || event.popup.getElement()?.contains(document.activeElement);
    if (openFor && wasInside) markerFor(openFor)?.focus();
    openFor = undefined;
  });

  return {
    setPoints(next) {
      points = next;
      render();
    },
    remove() {
      map.off('moveend', render);
      group.remove();
    },
  };
}
