/** Who the service is for (eligibility, ages), what it costs, and the languages spoken. */
import type { ServiceView } from '../catalogue/model';
import { useT } from '../../i18n/i18n';

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

export function WhoFor({ service }: { service: ServiceView }) {
  const t = useT();
  if (!service.eligibility && service.minimumAge === undefined && service.maximumAge === undefined) return null;
  return (
    <>
      <h2>{t('service.whoFor')}</h2>
      {service.eligibility && <p>{service.eligibility}</p>}
      <Ages service={service} />
    </>
  );
}

export function Cost({ service }: { service: ServiceView }) {
  const t = useT();
  const lines = [
    ...(service.fees ? [service.fees] : []),
    ...service.costs.map((c) => [c.option, c.amountDescription].filter(Boolean).join(': ')),
  ];
  return (
    <>
      <h2>{t('service.cost')}</h2>
      {lines.length === 0 ? <p>{t('service.costUnknown')}</p> : lines.map((line) => <p key={line}>{line}</p>)}
    </>
  );
}

export function Languages({ service }: { service: ServiceView }) {
  const t = useT();
  return (
    <>
      <h2>{t('service.languages')}</h2>
      <p>{service.languages.length > 0 ? service.languages.map((l) => l.name).join(', ') : t('serviceMore.languagesNone')}</p>
    </>
  );
}
