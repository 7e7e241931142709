/** Where the facts came from: the date of each contact detail's page, and the source pages. */
import type { ServiceView } from '../catalogue/model';
import { formatDate } from '../../lib/dates';
import { locale, useT } from '../../i18n/i18n';
import { isDated, serviceFacts, type DatedFact } from './fact-ages';
import { FeedOrigin } from './feed-origin';

function useFactLabel() {
  const t = useT();
  return (fact: DatedFact): string => {
    switch (fact.kind) {
      case 'phone':
        return t('service.factPhone', { number: fact.what });
      case 'text':
        return t('service.factText', { number: fact.what });
      case 'email':
        return t('service.factEmail', { email: fact.what });
      case 'website':
        return t('service.factWebsite');
      case 'address':
        return t('service.factAddress', { town: fact.what });
      case 'hours':
        return t('service.factHours');
    }
  };
}

export function Sources({ service }: { service: ServiceView }) {
  const t = useT();
  const label = useFactLabel();
  const lng = locale.value;
  const facts = serviceFacts(service);
  return (
    <>
      <FeedOrigin service={service} />
      {facts.length > 0 && (
        <>
          <h3>{t('service.factsHeading')}</h3>
          <ul class="list">
            {facts.map((fact, i) => {
              const date = fact.source?.date;
              return (
                <li key={`${fact.kind}-${i}`}>
                  {fact.source?.nationalNumber
                    ? t('service.factNational', { fact: label(fact) })
                    : isDated(date)
                      ? t('service.factDated', { fact: label(fact), date: formatDate(date, lng) })
                      : t('service.factUndated', { fact: label(fact) })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {service.rulesFrom && <p>{t('service.rulesFrom', { sections: service.rulesFrom })}</p>}
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
