/** One service, complete: contact first, then times, place, who it is for, cost and sources. */
import { Page } from '../components/page';
import { WithCatalogue } from '../components/with-catalogue';
import type { Catalogue, ServiceView } from '../features/catalogue/model';
import { ContactDetails } from '../features/service/contact-details';
import { Locations } from '../features/service/locations';
import { OpeningTimes } from '../features/service/opening-times';
import { Sources } from '../features/service/sources';
import { isOlderThan } from '../lib/dates';
import { useT } from '../i18n/i18n';

/** Sources older than this many years get a "check before you rely on it" warning. */
const OLD_SOURCE_YEARS = 2;

function Ages({ service }: { service: ServiceView }) {
  const t = useT();
  const { minimumAge: from, maximumAge: to } = service;
  if (from === undefined && to === undefined) return null;
  const text =
    from !== undefined && to !== undefined
      ? t('service.ageRange', { from, to })
      : from !== undefined
        ? t('service.ageFrom', { from })
        : t('service.ageUpTo', { to });
  return (
    <p>
      {t('service.ages')}: {text}
    </p>
  );
}

function Cost({ service }: { service: ServiceView }) {
  const t = useT();
  const lines = [
    ...(service.fees ? [service.fees] : []),
    ...service.costs.map((c) => [c.option, c.amountDescription].filter(Boolean).join(': ')),
  ];
  if (lines.length === 0) return <p>{t('service.costUnknown')}</p>;
  return (
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

function ServiceDetails({ catalogue, service }: { catalogue: Catalogue; service: ServiceView }) {
  const t = useT();
  const old = service.sourceDate !== undefined && isOlderThan(service.sourceDate, catalogue.dataset.checked_on, OLD_SOURCE_YEARS);
  return (
    <Page title={service.name}>
      <p class="caption">{t('service.from', { organisation: service.organisation.name })}</p>
      {service.alert && (
        <div class="warning">
          <p>{service.alert}</p>
        </div>
      )}
      {old && (
        <div class="warning">
          <p>{t('service.oldSource')}</p>
        </div>
      )}
      <p class="lead">{service.description}</p>

      <h2>{t('service.contact')}</h2>
      <ContactDetails service={service} />

      <h2>{t('service.openingTimes')}</h2>
      <OpeningTimes schedules={service.schedules} />

      <h2>{t('service.whereHeading')}</h2>
      <Locations service={service} />

      {(service.eligibility || service.minimumAge !== undefined || service.maximumAge !== undefined) && (
        <>
          <h2>{t('service.whoFor')}</h2>
          {service.eligibility && <p>{service.eligibility}</p>}
          <Ages service={service} />
        </>
      )}

      <h2>{t('service.cost')}</h2>
      <Cost service={service} />

      {service.languages.length > 0 && (
        <>
          <h2>{t('service.languages')}</h2>
          <p>{service.languages.map((l) => l.name).join(', ')}</p>
        </>
      )}

      <h2>{t('service.lifeStages')}</h2>
      <ul class="tag-list">
        {service.lifeStages.map((id) => (
          <li key={id}>
            <a href={`/life-stages/${id}`}>{t(`lifeStages.${id}` as 'lifeStages.stage-pregnancy')}</a>
          </li>
        ))}
        {service.categories.map((id) => (
          <li key={id}>
            <a href={`/categories/${id}`}>{t(`categories.${id}` as 'categories.cat-send')}</a>
          </li>
        ))}
      </ul>

      <h2>{t('service.sourcesHeading')}</h2>
      <Sources service={service} />
    </Page>
  );
}

function ServiceNotFound() {
  const t = useT();
  return (
    <Page title={t('service.notFoundTitle')}>
      <p>{t('service.notFound')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </Page>
  );
}

export function ServicePage({ id }: { id: string }) {
  return (
    <WithCatalogue>
      {(catalogue) => {
        const service = catalogue.services.find((s) => s.id === id);
        return service ? <ServiceDetails catalogue={catalogue} service={service} /> : <ServiceNotFound />;
      }}
    </WithCatalogue>
  );
}
