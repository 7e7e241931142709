/** Services for one life stage (grouped by topic, each card once) or one category: /life-stages/:id, /categories/:id. */
import { useLocation } from 'preact-iso';
import { Page } from '../components/page';
import { WithCatalogue } from '../components/with-catalogue';
import type { Catalogue, ServiceView, TermView } from '../features/catalogue/model';
import { findTerm, servicesWithTerm } from '../features/catalogue/queries';
import { groupByTopicOnce } from '../features/catalogue/topic-groups';
import '../features/catalogue/topic-groups.css';
import { CATEGORY_TAXONOMY, LIFE_STAGE_TAXONOMY } from '../features/catalogue/oruk';
import { ResultCard } from '../features/search/result-card';
import { useT } from '../i18n/i18n';
import { termLabel } from '../features/catalogue/term-label';
import { NotFoundPage } from './not-found-page';
import { ServiceLinks } from '../components/service-links';

function ServiceList({ services, headingLevel }: { services: ServiceView[]; headingLevel: 2 | 3 }) {
  return (
    <ul class="card-list">
      {services.map((s) => (
        <ResultCard key={s.id} service={s} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

/** One line naming the services of a topic whose cards are under another topic on the page. */
function AlsoListed({ services }: { services: ServiceView[] }) {
  const t = useT();
  return (
    <div class="also-listed">
      <p class="also-listed__lead">{t('lifeStagePage.alsoListed')}</p>
      <ServiceLinks services={services} class="list also-listed__list" />
    </div>
  );
}

/** A life stage lists its services under their topics; a topic lists them straight. */
function TermServices({ catalogue, term }: { catalogue: Catalogue; term: TermView }) {
  const t = useT();
  const services = servicesWithTerm(catalogue, term.id);
  const isStage = term.taxonomyId === LIFE_STAGE_TAXONOMY;
  return (
    <Page title={termLabel(t, term.id, term.name)}>
      <p class="lead">{term.description}</p>
      <p>{t('lifeStagePage.count', { count: services.length })}</p>
      {isStage ? (
        groupByTopicOnce(catalogue, services).map((group) => (
          <section key={group.term.id} aria-labelledby={`group-${group.term.id}`}>
            <h2 id={`group-${group.term.id}`}>{termLabel(t, group.term.id, group.term.name)}</h2>
            {group.services.length > 0 && <ServiceList services={group.services} headingLevel={3} />}
            {group.alsoListed.length > 0 && <AlsoListed services={group.alsoListed} />}
          </section>
        ))
      ) : (
        <ServiceList services={services} headingLevel={2} />
      )}
    </Page>
  );
}

function TermPage({ taxonomyId, id }: { taxonomyId: string; id: string }) {
  return (
    <WithCatalogue>
      {(catalogue) => {
        const term = findTerm(catalogue, taxonomyId, id);
        return term ? <TermServices catalogue={catalogue} term={term} /> : <NotFoundPage />;
      }}
    </WithCatalogue>
  );
}

/** One page for both addresses (src/routes.ts): /categories/:id lists a category, /life-stages/:id a life stage. */
export default function TermRoutePage({ id }: { id: string }) {
  const { path } = useLocation();
  return <TermPage taxonomyId={path.startsWith('/categories/') ? CATEGORY_TAXONOMY : LIFE_STAGE_TAXONOMY} id={id} />;
}
