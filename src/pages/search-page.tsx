/**
 * Search: the query and filters live in the URL (/search?q=…&stage=…); results are derived
 * from it, so back/forward, reload and a shared link all show the same thing. Loaded lazily,
 * so the search index is never built on the first screen.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Page } from '../components/page';
import { SearchForm } from '../components/search-form';
import { WithCatalogue } from '../components/with-catalogue';
import { catalogue } from '../features/catalogue/catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { matchesFilters } from '../features/filters/match';
import { countFilters } from '../features/filters/model';
import { parseSearchParams, searchUrl, type SearchState } from '../features/filters/url';
import { AppliedFilters } from '../features/search/applied-filters';
import { catalogueSearch } from '../features/search/catalogue-search';
import { EmptyState } from '../features/search/empty-state';
import { FilterPanel } from '../features/search/filter-panel';
import { ResultCard } from '../features/search/result-card';
import { searchServices } from '../features/search/search-index';
import { suggestSpelling } from '../features/search/suggest';
import { useNow } from '../features/service/now';
import { useT } from '../i18n/i18n';
import '../features/saved/saved.css';
import '../features/search/search.css';

/** Builds the search index before the first render, in a task of its own (see preparePage in app.tsx). */
export function prepare(): void {
  if (catalogue.value) catalogueSearch(catalogue.value);
}

/** Cards rendered at first; a cheap phone should not lay out thousands at once. */
const PAGE_SIZE = 10;
const NO_HIGHLIGHT = new Set<string>();

function ResultList({ services, highlight }: { services: Catalogue['services']; highlight: ReadonlySet<string> }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE_SIZE);
  return (
    <>
      <ul class="card-list search-results">
        {services.slice(0, shown).map((s) => (
          <ResultCard key={s.id} service={s} highlight={highlight} />
        ))}
      </ul>
      {services.length > shown && (
        <button type="button" class="button button--secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('search.showMore')}
        </button>
      )}
    </>
  );
}

function Search({ catalogue, state, url }: { catalogue: Catalogue; state: SearchState; url: string }) {
  const t = useT();
  const { route } = useLocation();
  const instant = useNow();
  const typing = useRef(false);
  const index = catalogueSearch(catalogue);
  const found = useMemo(
    () => (state.query ? searchServices(index, state.query) : { services: catalogue.services, highlight: NO_HIGHLIGHT }),
    [index, catalogue, state.query],
  );
  const services = useMemo(
    () => found.services.filter((s) => matchesFilters(s, state.filters, instant)),
    [found, state.filters, instant],
  );
  const applied = countFilters(state.filters);
  const suggestion = useMemo(
    () => (services.length === 0 && state.query ? suggestSpelling(index, state.query) : null),
    [index, services.length, state.query],
  );

  // The first live update of a burst of typing adds a history entry; the rest replace it,
  // so Back goes to the previous search rather than through every keystroke.
  const onSearch = (fields: URLSearchParams, live: boolean) => {
    const next = searchUrl(parseSearchParams(fields));
    if (next !== url) route(next, live && typing.current);
    typing.current = live;
  };

  const base = state.query
    ? t('search.resultCount', { count: services.length, query: state.query })
    : t('search.allCount', { count: services.length });
  const count = services.length === 0
    ? state.query ? t('search.noResults', { query: state.query }) : t('search.noResultsFiltered')
    : applied > 0 ? t('search.withFilters', { text: base, count: applied }) : base;

  return (
    <Page title={state.query ? t('search.title') : t('search.titleAll')}>
      <SearchForm query={state.query} onSearch={onSearch}>
        <FilterPanel catalogue={catalogue} filters={state.filters} applied={applied} />
      </SearchForm>
      <AppliedFilters state={state} catalogue={catalogue} />
      <p role="status" class="result-count">{count}</p>
      {services.length === 0 ? (
        <EmptyState state={state} suggestion={suggestion} applied={applied} />
      ) : (
        <ResultList key={url} services={services} highlight={found.highlight} />
      )}
    </Page>
  );
}

export default function SearchPage() {
  const { url } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const state = useMemo(() => parseSearchParams(search), [search]);
  return <WithCatalogue>{(catalogue) => <Search catalogue={catalogue} state={state} url={url} />}</WithCatalogue>;
}
