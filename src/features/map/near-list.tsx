/** Cards in the first render (the list starts below the map on a phone); the rest of a page follow in steps. */
const FIRST_CARDS = 4;
const CARDS_PER_STEP = 10;
/** Cards per page: a council's directory puts thousands of services on the map, and "Show more" adds the next. */
export const CARDS_PER_PAGE = 50;

/**
 * The list beside the map: the same services as the markers, nearest first when we know where
 * the user is, and the services with no single place listed apart rather than dropped.
 */
import { useGrowingCount } from '../../components/render-later';
import { ShowMoreButton, usePagedList } from '../../components/show-more';
import { useT } from '../../i18n/i18n';
import type { ServiceView } from '../catalogue/model';
import { roundMiles } from '../postcodes/distance';
import type { PlacedService } from '../postcodes/nearest';
import { servicePath } from '../../lib/paths';

export function PlacedList({ placed, formatMiles }: { placed: PlacedService[]; formatMiles: (m: number) => string }) {
  const t = useT();
  const page = usePagedList(placed, CARDS_PER_PAGE);
  const shown = useGrowingCount(page.shown, FIRST_CARDS, CARDS_PER_STEP);
  return (
    <>
      <ol class="card-list near-list">
        {placed.slice(0, shown).map((entry) => {
          const miles = entry.miles === undefined ? undefined : roundMiles(entry.miles);
          return (
            <li key={`${entry.service.id} ${entry.location.id}`} class="card" data-location-id={entry.location.id}>
              <h3 class="card__title">
                <a href={servicePath(entry.service.id)}>{entry.service.name}</a>
              </h3>
              <p class="card__org">{entry.service.organisation.name}</p>
              <p class="near-list__where">{t('map.at', { place: entry.location.name })}</p>
              {miles !== undefined && <p class="near-list__miles">{t('map.miles', { count: miles, formatted: formatMiles(miles) })}</p>}
              {entry.approximate && <p class="hint">{t('map.approximate')}</p>}
            </li>
          );
        })}
      </ol>
      {page.more && shown === page.shown && <ShowMoreButton label={t('map.showMore')} onClick={page.more} />}
    </>
  );
}

export function AnywhereList({ services }: { services: ServiceView[] }) {
  const t = useT();
  const page = usePagedList(services, CARDS_PER_PAGE);
  if (!services.length) return null;
  return (
    <section aria-labelledby="anywhere-heading">
      <h2 id="anywhere-heading">{t('map.anywhereHeading')}</h2>
      <p>{t('map.anywhereLead')}</p>
      <ul class="card-list">
        {services.slice(0, page.shown).map((service) => (
          <li key={service.id} class="card">
            <h3 class="card__title">
              <a href={servicePath(service.id)}>{service.name}</a>
            </h3>
            <p class="card__org">{service.organisation.name}</p>
          </li>
        ))}
      </ul>
      {page.more && <ShowMoreButton label={t('map.showMore')} onClick={page.more} />}
    </section>
  );
}
