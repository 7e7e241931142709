/**
 * A small map of one service location for the service page (load this module lazily), with a
 * "Directions" link to OpenStreetMap. Renders nothing for a location with no coordinates.
 */
import { useMemo } from 'preact/hooks';
import { locale, useT } from '../../i18n/i18n';
import type { LocationView, ServiceView } from '../catalogue/model';
import { milesFormatter } from './format';
import { mapPoints } from './map-points';
import { ServiceMap } from './service-map';

/** OpenStreetMap's route planner with the destination filled in (the user picks the start). */
export const directionsUrl = (lat: number, lon: number) => `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}`;

export default function ServiceLocationMap({ service, location }: { service: ServiceView; location: LocationView }) {
  const t = useT();
  const { latitude, longitude } = location;
  const points = useMemo(() => {
    if (latitude === undefined || longitude === undefined) return [];
    const entry = { service, location: { ...location, latitude, longitude }, approximate: Boolean(location.coordinatesFrom) };
    return mapPoints([entry], () => `${service.name}, ${location.name}`);
  }, [service, location, latitude, longitude]);
  const origin = useMemo(
    () => (latitude === undefined || longitude === undefined ? undefined : { lat: latitude, lon: longitude, label: location.name }),
    [latitude, longitude, location.name],
  );
  if (!origin) return null;
  return (
    <div class="service-location-map">
      <ServiceMap
        points={points}
        origin={origin}
        zoom={13}
        markOrigin={false}
        compact
        label={t('map.serviceMapLabel', { place: location.name })}
        formatMiles={milesFormatter(locale.value)}
      />
      {location.coordinatesFrom && <p class="hint">{t('map.approximate')}</p>}
      <p>
        <a href={directionsUrl(origin.lat, origin.lon)} rel="noopener">
          {t('map.directions')}
        </a>
      </p>
    </div>
  );
}
