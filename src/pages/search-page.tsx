/** Search results for ?q=, with the count announced to screen readers. */
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Page } from '../components/page';
import { SearchForm } from '../components/search-form';
import { ServiceList } from '../components/service-card';
import { WithCatalogue } from '../components/with-catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { buildSearchIndex, searchServices } from '../features/search/search-index';
import { useT } from '../i18n/i18n';

function Results({ catalogue, query }: { catalogue: Catalogue; query: string }) {
  const t = useT();
  const termNames = useMemo(() => new Map(catalogue.terms.map((term) => [term.id, term.name])), [catalogue]);
  const index = useMemo(() => buildSearchIndex(catalogue.services, (id) => termNames.get(id) ?? id), [catalogue, termNames]);
  const results = useMemo(() => searchServices(index, query), [index, query]);
  return (
    <Page title={t('search.title')}>
      <SearchForm query={query} />
      <p role="status" class="result-count">
        {!query.trim()
          ? t('search.emptyQuery')
          : results.length === 0
            ? t('search.noResults', { query })
            : t('search.resultCount', { count: results.length, query })}
      </p>
      {query.trim() && results.length === 0 && <p>{t('search.noResultsHelp')}</p>}
      <ServiceList services={results} headingLevel={2} />
    </Page>
  );
}

export default function SearchPage() {
  const { query } = useLocation();
  const q = query.q ?? '';
  return <WithCatalogue>{(catalogue) => <Results catalogue={catalogue} query={q} />}</WithCatalogue>;
}
