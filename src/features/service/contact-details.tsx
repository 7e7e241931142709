/**
 * How to get in touch, always in the same order (the GOV.UK "Contact a department or service
 * team" pattern): phone, then text, with the call-charges link after the numbers; then email,
 * then the website. The venue's address follows in "Where".
 *
 * A phone line with hours of its own (a 24-hour card line beside a weekday apply line) shows them
 * under its number, with its own "Open now" / "Closed", so one line's hours never speak for another.
 */
import type { PhoneView, ServiceView } from '../catalogue/model';
import { dialString } from '../catalogue/queries';
import { hoursAreByLine } from '../opening-times/open-now';
import { useT } from '../../i18n/i18n';
import { OpenStatusLine } from './open-status';
import { OpeningTimes } from './opening-times';

/** A line's own hours and status; when hours go line by line and this one's are not known, say so. */
function LineHours({ phone, byLine }: { phone: PhoneView; byLine: boolean }) {
  const t = useT();
  if (phone.schedules?.length) {
    return (
      <div>
        <OpenStatusLine schedules={phone.schedules} />
        <OpeningTimes schedules={phone.schedules} />
      </div>
    );
  }
  return byLine ? <p class="hint">{t('service.timesUnknown')}</p> : null;
}

export function ContactDetails({ service }: { service: ServiceView }) {
  const t = useT();
  const calls = service.phones.filter((p) => !p.textOnly);
  const texts = service.phones.filter((p) => p.textOnly);
  const website = service.url ?? service.organisation.website;
  const byLine = hoursAreByLine(service);
  if (calls.length === 0 && texts.length === 0 && !service.email && !website) {
    return <p>{t('service.noContact')}</p>;
  }
  return (
    <ul class="contact-list">
      {[
        ...calls.map((p) => ({ p, scheme: 'tel', words: t('service.call', { number: p.number }) })),
        ...texts.map((p) => ({ p, scheme: 'sms', words: t('service.text', { number: p.number }) })),
      ].map(({ p, scheme, words }) => (
        <li key={`${scheme}:${p.number}`}>
          <a href={`${scheme}:${dialString(p.number)}`} class="contact-list__primary">
            {words}
          </a>
          {p.description && <span class="hint"> {p.description}</span>}
          <LineHours phone={p} byLine={byLine} />
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
