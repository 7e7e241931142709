/** A service in a list: name (link), organisation, a short description and tap-to-call. */
import type { ServiceView } from '../features/catalogue/model';
import { dialString } from '../features/catalogue/queries';
import { useT } from '../i18n/i18n';

const SUMMARY_LENGTH = 160;

function summarise(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function ServiceCard({ service, headingLevel = 3 }: { service: ServiceView; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const phone = service.phones.find((p) => !p.textOnly);
  return (
    <li class="card">
      <Heading class="card__title">
        <a href={`/services/${service.id}`}>{service.name}</a>
      </Heading>
      <p class="card__org">{t('service.from', { organisation: service.organisation.name })}</p>
      <p class="card__summary">{summarise(service.description)}</p>
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
