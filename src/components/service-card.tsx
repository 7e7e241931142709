/** A service in a list: name (link), organisation, a short description and tap-to-call. */
import type { ServiceView } from '../features/catalogue/model';
import { dialString } from '../features/catalogue/queries';
import { useT } from '../i18n/i18n';
import { summarise } from '../lib/summary';

export function ServiceCard({ service, headingLevel = 3 }: { service: ServiceView; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const phone = service.phones.find((p) => !p.textOnly);
  return (
    <li class="card">
      <Heading class="card__title">
        <a href={`/services/${service.id}`} lang="en" dir="auto">
          {service.name}
        </a>
      </Heading>
      <p class="card__org">{t('service.from', { organisation: service.organisation.name })}</p>
      <p class="card__summary" lang="en" dir="ltr">
        {summarise(service.description)}
      </p>
      {phone && (
        <p class="card__phone">
          <a href={`tel:${dialString(phone.number)}`}>{t('service.call', { number: phone.number })}</a>
        </p>
      )}
    </li>
  );
}

export function ServiceList({ services, headingLevel }: { services: ServiceView[]; headingLevel?: 2 | 3 }) {
  return (
    <ul class="card-list">
      {services.map((s) => (
        <ServiceCard key={s.id} service={s} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
