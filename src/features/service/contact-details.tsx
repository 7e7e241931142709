/**
 * How to get in touch, always in the same order (the GOV.UK "Contact a department or service
 * team" pattern): phone, then text, with the call-charges link after the numbers; then email,
 * then the website. The venue's address follows in "Where".
 */
import type { ServiceView } from '../catalogue/model';
import { dialString } from '../catalogue/queries';
import { useT } from '../../i18n/i18n';

export function ContactDetails({ service }: { service: ServiceView }) {
  const t = useT();
  const calls = service.phones.filter((p) => !p.textOnly);
  const texts = service.phones.filter((p) => p.textOnly);
  const website = service.url ?? service.organisation.website;
  if (calls.length === 0 && texts.length === 0 && !service.email && !website) {
    return <p>{t('service.noContact')}</p>;
  }
  return (
    <ul class="contact-list">
      {[...calls.map((p) => ({ p, scheme: 'tel', words: t('service.call', { number: p.number }) })),
        ...texts.map((p) => ({ p, scheme: 'sms', words: t('service.text', { number: p.number }) }))].map(({ p, scheme, words }) => (
        <li key={`${scheme}:${p.number}`}>
          <a href={`${scheme}:${dialString(p.number)}`} class="contact-list__primary">
            {words}
          </a>
          {p.description && <span class="hint"> {p.description}</span>}
        </li>
      ))}
      {calls.length > 0 && (
        <li class="contact-list__note">
          <a href={t('serviceMore.callChargesUrl')} rel="noopener">
            {t('serviceMore.callCharges')}
          </a>
        </li>
      )}
      {service.email && (
        <li>
          {t('service.email')}: <a href={`mailto:${service.email}`}>{service.email}</a>
        </li>
      )}
      {website && (
        <li>
          <a href={website} rel="noopener">
            {t('service.websiteLink', { name: service.organisation.name || service.name })}
          </a>
        </li>
      )}
    </ul>
  );
}
