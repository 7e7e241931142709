/** A service in search results or the saved list: name and summary with matches marked, open status, save. */
import type { ServiceView } from '../catalogue/model';
import { dialString } from '../catalogue/queries';
import { OpenStatusLine } from '../service/open-status';
import { SaveButton } from '../saved/save-button';
import { useT } from '../../i18n/i18n';
import { Highlighted } from './highlighted';
import { summarise } from '../../lib/summary';

export function ResultCard({ service, highlight }: { service: ServiceView; highlight: ReadonlySet<string> }) {
  const t = useT();
  const phone = service.phones.find((p) => !p.textOnly);
  return (
    <li class="card">
      <h2 class="card__title">
        <a href={`/services/${service.id}`} lang="en" dir="auto">
          <Highlighted text={service.name} words={highlight} />
        </a>
      </h2>
      <p class="card__org">{t('service.from', { organisation: service.organisation.name })}</p>
      <p class="card__summary" lang="en" dir="ltr">
        <Highlighted text={summarise(service.description)} words={highlight} />
      </p>
      <OpenStatusLine schedules={service.schedules} />
      {phone && (
        <p class="card__phone">
          <a href={`tel:${dialString(phone.number)}`}>{t('service.call', { number: phone.number })}</a>
        </p>
      )}
      <SaveButton id={service.id} name={service.name} />
    </li>
  );
}
