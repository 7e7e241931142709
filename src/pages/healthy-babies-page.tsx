/**
 * The area's Healthy Babies offer (/healthy-babies): every funded strand and every service always
 * in scope, for each part of the area, from the catalogue; a printed copy to give before birth.
 */
import '../features/timeline/plan-strings';
import { Page } from '../components/page';
import { WithCatalogue } from '../components/with-catalogue';
import area from '../config/area';
import type { Catalogue } from '../features/catalogue/model';
import { ALWAYS_LISTED, buildOffer, FUNDED_STRANDS, areaParts, type StrandOffer } from '../features/timeline/healthy-babies-offer';
import { useT } from '../i18n/i18n';
import '../features/timeline/plan.css';
import { ServiceLinks } from '../components/service-links';

function StrandSection({ offer }: { offer: StrandOffer }) {
  const t = useT();
  const id = `strand-${offer.strand}`;
  return (
    <section class="offer-strand" aria-labelledby={id} data-strand={offer.strand}>
      <h3 id={id}>{t(`offer.strand.${offer.strand}`)}</h3>
      {offer.byPart.map(({ part, services }) => (
        <div key={part.name} class="offer-part" data-part={part.name}>
          <h4 lang="en">{part.name}</h4>
          {services.length ? <ServiceLinks services={services} /> : <p>{t('offer.none')}</p>}
        </div>
      ))}
      {offer.national.length > 0 && (
        <div class="offer-part">
          <h4>{t('offer.national')}</h4>
          <ServiceLinks services={offer.national} />
        </div>
      )}
    </section>
  );
}

function Offer({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  const parts = areaParts(area);
  return (
    <Page title={t('offer.title')}>
      <p class="lead">{t('offer.lead')}</p>
      <p class="hint">{t('offer.how')}</p>
      <p class="no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t('offer.print')}
        </button>
      </p>
      <h2>{t('offer.funded')}</h2>
      {buildOffer(catalogue.services, parts, FUNDED_STRANDS).map((offer) => (
        <StrandSection key={offer.strand} offer={offer} />
      ))}
      <h2>{t('offer.always')}</h2>
      {buildOffer(catalogue.services, parts, ALWAYS_LISTED).map((offer) => (
        <StrandSection key={offer.strand} offer={offer} />
      ))}
    </Page>
  );
}

export default function HealthyBabiesPage() {
  return <WithCatalogue>{(catalogue) => <Offer catalogue={catalogue} />}</WithCatalogue>;
}
