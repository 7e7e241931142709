/** Services for one life stage (grouped by topic) or one category: /life-stages/:id, /categories/:id. */
import { Page } from '../components/page';
import { ServiceList } from '../components/service-card';
import { WithCatalogue } from '../components/with-catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { groupByCategory } from '../features/catalogue/queries';
import { CATEGORY_TAXONOMY, LIFE_STAGE_TAXONOMY } from '../features/catalogue/oruk';
import { useT } from '../i18n/i18n';
import { NotFoundPage } from './not-found-page';

function LifeStageServices({ catalogue, id }: { catalogue: Catalogue; id: string }) {
  const t = useT();
  const term = catalogue.terms.find((x) => x.id === id && x.taxonomyId === LIFE_STAGE_TAXONOMY);
  if (!term) return <NotFoundPage />;
  const services = catalogue.services.filter((s) => s.lifeStages.includes(id));
  return (
    <Page title={t(`lifeStages.${id}` as 'lifeStages.stage-pregnancy', { defaultValue: term.name })}>
      <p class="lead">{term.description}</p>
      <p>{t('lifeStagePage.count', { count: services.length })}</p>
      {groupByCategory(catalogue, services).map((group) => (
        <section key={group.term.id} aria-labelledby={`group-${group.term.id}`}>
          <h2 id={`group-${group.term.id}`}>
            {t(`categories.${group.term.id}` as 'categories.cat-send', { defaultValue: group.term.name })}
          </h2>
          <ServiceList services={group.services} />
        </section>
      ))}
    </Page>
  );
}

function CategoryServices({ catalogue, id }: { catalogue: Catalogue; id: string }) {
  const t = useT();
  const term = catalogue.terms.find((x) => x.id === id && x.taxonomyId === CATEGORY_TAXONOMY);
  if (!term) return <NotFoundPage />;
  const services = catalogue.services.filter((s) => s.categories.includes(id));
  return (
    <Page title={t(`categories.${id}` as 'categories.cat-send', { defaultValue: term.name })}>
      <p class="lead">{term.description}</p>
      <p>{t('lifeStagePage.count', { count: services.length })}</p>
      <ServiceList services={services} headingLevel={2} />
    </Page>
  );
}

export function LifeStagePage({ id }: { id: string }) {
  return <WithCatalogue>{(catalogue) => <LifeStageServices catalogue={catalogue} id={id} />}</WithCatalogue>;
}

export function CategoryPage({ id }: { id: string }) {
  return <WithCatalogue>{(catalogue) => <CategoryServices catalogue={catalogue} id={id} />}</WithCatalogue>;
}
