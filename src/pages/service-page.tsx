/**
 * One service, complete: whether it is open now, contact first (GOV.UK contact pattern order),
 * then times, place, who it is for, cost, languages and sources, and a way to report a problem.
 */
import { Page } from '../components/page';
import { RenderLater } from '../components/render-later';
import { WithCatalogue } from '../components/with-catalogue';
import type { ServiceView } from '../features/catalogue/model';
import { SaveButton } from '../features/saved/save-button';
import { AddToPack } from '../features/visit-pack/add-to-pack';
import { SavedProblemMessage } from '../features/saved/saved-problem';
import { ContactDetails } from '../features/service/contact-details';
import { TermsExplained } from '../features/glossary/terms-explained';
import { FactFreshness } from '../features/service/fact-freshness';
import { LocationExtras } from '../features/map/location-extras';
import { PathwaysForService } from '../features/pathways/pathways-for-service';
import { Locations } from '../features/service/locations';
import { OpenStatusLine } from '../features/service/open-status';
import { OpeningTimes } from '../features/service/opening-times';
import { ReportProblem } from '../features/service/report-problem';
import { Sources } from '../features/service/sources';
import { Cost, Languages, WhoFor } from '../features/service/who-and-cost';
import { useT } from '../i18n/i18n';
import { termLabel } from '../features/catalogue/term-label';
import { servicesById } from '../features/catalogue/queries';
import '../features/service/service.css';
import { NotFoundPage } from './not-found-page';
import { categoryPath, lifeStagePath } from '../lib/paths';
import { hoursAreByLine } from '../features/opening-times/open-now';
import '../features/pathways/pathway-strings';

function ServiceDetails({ service }: { service: ServiceView }) {
  const t = useT();
  return (
    <Page title={service.name} titleLang="en">
      <p class="caption">{t('service.from', { organisation: service.organisation.name })}</p>
      <OpenStatusLine schedules={service.schedules} />
      {/* Service records are in English whatever the interface language. */}
      <p class="lead" lang="en" dir="ltr">
        {service.description}
      </p>
      <TermsExplained texts={[service.name, service.description, service.alert ?? '']} />

      <h2>{t('service.contact')}</h2>
      <ContactDetails service={service} />
      {/* Call first, then Save (issue 20). */}
      <div class="service-actions">
        <SaveButton id={service.id} name={service.name} />
      </div>
      <AddToPack items={[{ service: service.id }]} name={service.name} />
      <SavedProblemMessage />
      <FactFreshness service={service} />
      {/* Notes about the record itself, after the contacts rather than above them. */}
      {service.alert && (
        <>
          <h2>{t('pathways.ui.aboutInfo')}</h2>
          <div class="warning">
            <p lang="en" dir="ltr">
              {service.alert}
            </p>
          </div>
        </>
      )}

      {/* When each phone line has its own hours they are shown with its number, not again here. */}
      {!hoursAreByLine(service) && (
        <>
          <h2>{t('service.openingTimes')}</h2>
          <OpeningTimes schedules={service.schedules} />
        </>
      )}

      <RenderLater>
        <ServiceDetailsBelow service={service} />
      </RenderLater>
    </Page>
  );
}

/** Place, who it is for, pathways, topics and sources: below the first screen, so rendered a task later. */
function ServiceDetailsBelow({ service }: { service: ServiceView }) {
  const t = useT();
  return (
    <>
      <h2>{t('service.whereHeading')}</h2>
      <Locations service={service} />
      <LocationExtras service={service} />

      <WhoFor service={service} />
      <Cost service={service} />
      <Languages service={service} />

      <PathwaysForService serviceId={service.id} />

      <h2>{t('service.lifeStages')}</h2>
      <ul class="tag-list">
        {service.lifeStages.map((id) => (
          <li key={id}>
            <a href={lifeStagePath(id)}>{termLabel(t, id)}</a>
          </li>
        ))}
        {service.categories.map((id) => (
          <li key={id}>
            <a href={categoryPath(id)}>{termLabel(t, id)}</a>
          </li>
        ))}
      </ul>

      <h2>{t('service.sourcesHeading')}</h2>
      <Sources service={service} />

      <ReportProblem service={service} />
    </>
  );
}

function ServiceNotFound() {
  const t = useT();
  return <NotFoundPage title={t('service.notFoundTitle')} body={t('service.notFound')} />;
}

export default function ServicePage({ id }: { id: string }) {
  return (
    <WithCatalogue>
      {(catalogue) => {
        const service = servicesById(catalogue.services).get(id);
        return service ? <ServiceDetails service={service} /> : <ServiceNotFound />;
      }}
    </WithCatalogue>
  );
}
