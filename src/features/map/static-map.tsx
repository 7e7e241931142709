/**
 * The still map shown before the interactive one: the area's districts and every place as a dot,
 * drawn from the same prebuilt drawing as the Leaflet base map (public/geo/basemap.json). It costs
 * a cheap phone one small SVG instead of Leaflet's 46 KB and a quarter-second of building, so the
 * map page is ready at once; "Zoom and move the map" (or a tap on it) loads the real map.
 * Works offline: the drawing is precached. Drawn from our own data with Preact, never markup.
 */
import { useEffect, useState } from 'preact/hooks';
import area from '../../config/area';
import { useT } from '../../i18n/i18n';
import { whenIdle } from '../../lib/yield';
import { loadGeo } from '../postcodes/load';
import { pointOnBasemap, type Basemap } from './basemap';
import type { MapPoint } from './map-points';
import './basemap.css';

interface Props {
  points: MapPoint[];
  origin?: { lat: number; lon: number };
  onExplore: () => void;
}

/** Dot radius as a share of the drawing's width: about 4 px on a phone. */
const DOT = 0.009;

export function StaticMap({ points, origin, onExplore }: Props) {
  const t = useT();
  const [drawing, setDrawing] = useState<Basemap | null>(null);
  useEffect(() => {
    let live = true;
    // After the first screen is up: the drawing is 18 KB that the page's own text must not wait for.
    // No drawing (offline before it was cached) leaves the button: the list still has every service.
    whenIdle()
      .then(() => loadGeo<Basemap>('basemap.json'))
      .then(
        (d) => live && setDrawing(d),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  return (
    <div class="static-map" data-static-map>
      {drawing && <Drawing drawing={drawing} points={points} origin={origin} onExplore={onExplore} />}
      <button type="button" class="button button--secondary static-map__explore" onClick={onExplore}>
        {t('map.explore')}
      </button>
    </div>
  );
}

function Drawing({ drawing, points, origin, onExplore }: Props & { drawing: Basemap }) {
  const at = (lat: number, lon: number) => pointOnBasemap(drawing, area.bounds, lat, lon);
  const r = drawing.width * DOT;
  const you = origin && at(origin.lat, origin.lon);
  return (
    // A picture of what the list below says in words, so screen readers hear the list instead.
    <svg
      class="map-basemap"
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      onPointerDown={onExplore}
    >
      {drawing.paths.map((path) => (
        <path key={`${path.kind} ${path.code}`} class={`map-${path.kind}`} d={path.d} />
      ))}
      {points.map((point) => {
        const { x, y } = at(point.lat, point.lon);
        return <circle key={point.id} class="static-map__point" cx={x} cy={y} r={r} />;
      })}
      {you && <circle class="static-map__origin" cx={you.x} cy={you.y} r={r * 1.4} />}
    </svg>
  );
}
