/** Where the facts came from and when they were checked, with a warning for old sources. */
import type { ServiceView } from '../catalogue/model';
import { formatDate } from '../../lib/dates';
import { locale, useT } from '../../i18n/i18n';

export function Sources({ service }: { service: ServiceView }) {
  const t = useT();
  const lng = locale.value;
  return (
    <>
      <p>{t('service.checkedOn', { date: formatDate(service.checkedOn, lng) })}</p>
      {service.sourceDate && <p>{t('service.sourceDated', { date: formatDate(service.sourceDate, lng) })}</p>}
      <ul class="list">
        {service.sourceUrls.map((url, i) => (
          <li key={url}>
            <a href={url} rel="noopener noreferrer" class="source-link">
              {t('service.sourceLink', { n: i + 1 })}: <span class="source-link__url">{url}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
