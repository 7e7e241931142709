/**
 * Saved services: ids kept on this device, shown against the catalogue. A saved service that
 * has left the catalogue stays listed as "no longer listed" until the parent removes it.
 */
import { Page } from '../components/page';
import { WithCatalogue } from '../components/with-catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { servicesById } from '../features/catalogue/queries';
import { ResultCard } from '../features/search/result-card';
import { SavedProblemMessage } from '../features/saved/saved-problem';
import { removeSaved, savedIds } from '../features/saved/saved';
import { useT } from '../i18n/i18n';
import '../features/saved/saved.css';

function SavedList({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  const ids = savedIds.value;
  const byId = servicesById(catalogue.services);
  return (
    <Page title={t('saved.title')}>
      <p class="lead">{t('saved.lead')}</p>
      <SavedProblemMessage />
      {ids.length === 0 ? (
        <>
          <p>{t('saved.empty')}</p>
          <p>
            <a href="/search">{t('saved.findServices')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t('saved.count', { count: ids.length })}</p>
          <ul class="card-list">
            {ids.map((id) => {
              const service = byId.get(id);
              if (service) return <ResultCard key={id} service={service} />;
              return (
                <li key={id} class="card saved-gone">
                  <h2 class="card__title">{t('saved.goneTitle')}</h2>
                  <p>{t('saved.gone', { id })}</p>
                  <button type="button" class="button button--secondary" onClick={() => removeSaved(id)}>
                    {t('saved.remove')}
                    <span class="visually-hidden"> {id}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Page>
  );
}

export default function SavedPage() {
  return <WithCatalogue>{(catalogue) => <SavedList catalogue={catalogue} />}</WithCatalogue>;
}
