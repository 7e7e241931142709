/**
 * Which council directory (feed layer) a service was imported from, and the date that directory
 * itself gave the record, or else the date it gave its whole directory (said to be that), or that
 * it gave none. The import date is said to be the day we copied
 * it, never a check of the details (issue 15).
 */
import type { ServiceView } from '../catalogue/model';
import { formatDate } from '../../lib/dates';
import { locale, useT } from '../../i18n/i18n';

export function FeedOrigin({ service }: { service: ServiceView }) {
  const t = useT();
  const lng = locale.value;
  if (!service.fromFeeds || service.fromFeeds.length === 0) return null;
  return (
    <ul class="list">
      {service.fromFeeds.map((feed) => (
        <li key={feed.feed_id}>
          {feed.updated
            ? t('service.fromFeedUpdated', { feed: feed.feed_name, date: formatDate(feed.updated, lng) })
            : feed.directory_date
              ? t('service.fromFeedDirectoryDate', { feed: feed.feed_name, date: formatDate(feed.directory_date, lng) })
              : t('service.fromFeedUndated', { feed: feed.feed_name })}{' '}
          {t('service.fromFeedImported', { date: formatDate(feed.imported_on, lng) })}
        </li>
      ))}
    </ul>
  );
}
