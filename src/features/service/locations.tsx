/** Where the service is: each venue's address as far as it is known, or the area it covers. */
import type { ServiceView } from '../catalogue/model';
import { useT } from '../../i18n/i18n';

export function Locations({ service }: { service: ServiceView }) {
  const t = useT();
  if (service.locations.length === 0) {
    const national = service.areas.some((a) => a.ladCodes === 'all');
    return <p>{national ? t('service.allEngland') : service.areas.map((a) => a.name).join(', ')}</p>;
  }
  return (
    <ul class="list">
      {service.locations.map((loc) => (
        <li key={loc.id} class="location">
          <p class="location__name">{loc.name}</p>
          {loc.address && (
            <p class="location__address">{[loc.address.line1, loc.address.town, loc.address.postcode].filter(Boolean).join(', ')}</p>
          )}
          {loc.description && <p>{loc.description}</p>}
          {!loc.address?.line1 && <p class="hint">{t('service.callBeforeYouGo')}</p>}
          {loc.accessibility.length > 0 && (
            <p>
              {t('service.accessibility')}: {loc.accessibility.join('; ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
