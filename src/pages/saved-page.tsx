/**
 * Saved services: kept on this device, shown against the catalogue. A saved service that has
 * left the catalogue stays listed as "no longer listed", by the name it last had, until the
 * parent removes it.
 */
import { useEffect } from 'preact/hooks';
import { Page } from '../components/page';
import { WithCatalogue } from '../components/with-catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { servicesById } from '../features/catalogue/queries';
import { ResultCard } from '../features/search/result-card';
import { NoLongerListed } from '../features/saved/no-longer-listed';
import { SavedProblemMessage } from '../features/saved/saved-problem';
import { rememberNames, savedEntries } from '../features/saved/saved';
import { useT } from '../i18n/i18n';
import '../features/saved/saved.css';

function SavedList({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  const entries = savedEntries.value;
  const byId = servicesById(catalogue.services);
  // Lists saved before names were kept learn them here, while the services are still listed.
  useEffect(() => rememberNames((id) => byId.get(id)?.name), [byId]);
  return (
    <Page title={t('saved.title')}>
      <p class="lead">{t('saved.lead')}</p>
      <SavedProblemMessage />
      {entries.length === 0 ? (
        <>
          <p>{t('saved.empty')}</p>
          <p>
            <a href="/search">{t('saved.findServices')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t('saved.count', { count: entries.length })}</p>
          <ul class="card-list">
            {entries.map((entry) => {
              const service = byId.get(entry.id);
              return service ? <ResultCard key={entry.id} service={service} /> : <NoLongerListed key={entry.id} entry={entry} />;
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
