/**
 * The map as a Preact component: loads the Leaflet module on first render (its own chunk),
 * then passes points and the user's position through. If the map cannot load, it says so;
 * the list beside it still holds every service.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';
import { whenIdle } from '../../lib/yield';
import type { MapController } from './leaflet-map';
import type { MapPoint } from './map-points';
import { StaticMap } from './static-map';
import { StreetMapToggle, streetMap } from './street-map';
// The canvas's height lives here too: the still map lies over the empty canvas before Leaflet
// (which also imports it) loads, and without it the frame had no height on a phone (issue 20).
import './map.css';

export interface Origin {
  lat: number;
  lon: number;
  label: string;
}

interface Props {
  points: MapPoint[];
  origin?: Origin;
  /** Zoom when centring on the origin. */
  zoom?: number;
  /** Kept in view with the origin (the nearest service), so a far-away origin still shows one. */
  alsoShow?: { lat: number; lon: number };
  label: string;
  /** Draw the origin as "you are here" (off for the service page, where it is the service). */
  markOrigin?: boolean;
  compact?: boolean;
  /** Show the still map (static-map.tsx) until the user asks to zoom and move it. */
  stillFirst?: boolean;
  formatMiles: (miles: number) => string;
}

export function ServiceMap(props: Props) {
  const { points, origin, zoom, alsoShow, label, markOrigin = true, compact, stillFirst, formatMiles } = props;
  const t = useT();
  const canvas = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [status, setStatus] = useState<'still' | 'loading' | 'ready' | 'failed'>(stillFirst ? 'still' : 'loading');
  const [tilesMissing, setTilesMissing] = useState(false);
  const still = status === 'still';

  useEffect(() => {
    if (still) return;
    let cancelled = false;
    // Asked for, it loads at once; shown by itself, it waits for the first screen (the list
    // beside the map already holds every service).
    (stillFirst ? Promise.resolve() : whenIdle())
      .then(() => import('./leaflet-map'))
      .then(({ createMap }) =>
        createMap(canvas.current as HTMLDivElement, {
          t,
          formatMiles,
          compact,
          onTilesMissing: setTilesMissing,
          streetMap: streetMap.value,
        }),
      )
      .then(
        (created) => {
          if (cancelled) return created.destroy();
          controller.current = created;
          setStatus('ready');
          // The button that asked for it has gone: keyboard users carry on in the map itself.
          if (stillFirst) canvas.current?.focus();
        },
        () => !cancelled && setStatus('failed'),
      );
    return () => {
      cancelled = true;
      controller.current?.destroy();
      controller.current = null;
    };
    // The map is made once; points and origin are passed in by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [still]);

  useEffect(() => controller.current?.setPoints(points), [points, status]);
  const street = streetMap.value;
  useEffect(() => controller.current?.setStreetMap(street), [street, status]);
  useEffect(
    () => controller.current?.setOrigin(origin, zoom, markOrigin, alsoShow),
    // By coordinates: a new object for the same place must not re-centre a map the user has moved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [origin?.lat, origin?.lon, zoom, markOrigin, alsoShow?.lat, alsoShow?.lon, status],
  );

  return (
    <div class={compact ? 'service-map service-map--compact' : 'service-map'} data-map-status={status}>
      <div class="service-map__frame">
        <div ref={canvas} class="service-map__canvas" role="region" aria-label={label} />
        {still && <StaticMap points={points} origin={origin} onExplore={() => setStatus('loading')} />}
      </div>
      {status === 'loading' && <p class="service-map__note">{t('map.mapLoading')}</p>}
      {status === 'failed' && <p class="service-map__note warning">{t('map.mapFailed')}</p>}
      {status === 'ready' && tilesMissing && <p class="service-map__note">{t('map.noTiles')}</p>}
      {!still && <StreetMapToggle />}
    </div>
  );
}
