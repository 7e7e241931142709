/**
 * A service in any list (search results, a life stage or topic, the saved list): name and summary
 * with matched words marked, how far away it is (when the family's postcode is known), open
 * status, tap-to-call and save.
 */
import type { ServiceView } from '../catalogue/model';
import { dialString } from '../catalogue/queries';
import { OpenStatusLine } from '../service/open-status';
import { lineSchedules } from '../opening-times/open-now';
import { SaveButton } from '../saved/save-button';
import { locale, useT } from '../../i18n/i18n';
import { milesFormatter } from '../map/format';
import { roundMiles } from '../postcodes/distance';
import { Highlighted } from './highlighted';
import { summarise } from '../../lib/summary';
import { servicePath } from '../../lib/paths';

const NOTHING: ReadonlySet<string> = new Set();

interface Props {
  service: ServiceView;
  /** Words to mark (search results); none elsewhere. */
  highlight?: ReadonlySet<string>;
  /** h3 when the list sits under its own h2 (a life stage's topics). */
  headingLevel?: 2 | 3;
  /** Miles to its nearest place from the family's saved postcode; none for phone or online services. */
  miles?: number;
}

export function ResultCard({ service, highlight = NOTHING, headingLevel = 2, miles }: Props) {
  const t = useT();
  const rounded = miles === undefined ? undefined : roundMiles(miles);
  const phone = service.phones.find((p) => !p.textOnly);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <li class="card">
      <Heading class="card__title">
        <a href={servicePath(service.id)} lang="en" dir="auto">
          <Highlighted text={service.name} words={highlight} />
        </a>
      </Heading>
      <p class="card__org">{t('service.from', { organisation: service.organisation.name })}</p>
      <p class="card__summary" lang="en" dir="ltr">
        <Highlighted text={summarise(service.description)} words={highlight} />
      </p>
      {rounded !== undefined && (
        <p class="card__distance">{t('map.miles', { count: rounded, formatted: milesFormatter(locale.value)(rounded) })}</p>
      )}
      {/* The status of the line the card offers to call: another line's hours must not speak for it. */}
      <OpenStatusLine schedules={phone ? lineSchedules(service, phone) : service.schedules} />
      {phone && (
        <p class="card__phone">
          <a href={`tel:${dialString(phone.number)}`}>{t('service.call', { number: phone.number })}</a>
        </p>
      )}
      <SaveButton id={service.id} name={service.name} />
    </li>
  );
}
