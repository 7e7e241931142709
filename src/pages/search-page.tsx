/**
 * Search: the query and filters live in the URL (/search?q=…&stage=…); results are derived
 * from it, so back/forward, reload and a shared link all show the same thing. Loaded lazily,
 * so the search index is never built on the first screen. Urgent words show "Need help now?"
 * above the results (find-services.ts puts the medical route first). With the family's postcode
 * saved on this device (from "Near me"), their own area comes first and each card says how far it is.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Loading, Page } from '../components/page';
import { ShowMoreButton, usePagedList } from '../components/show-more';
import { SearchForm } from '../components/search-form';
import { catalogueFailed, loadCatalogue } from '../features/catalogue/catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { matchesFilters } from '../features/filters/match';
import { countFilters } from '../features/filters/model';
import { parseSearchParams, searchUrl, type SearchState } from '../features/filters/url';
import { AppliedFilters } from '../features/search/applied-filters';
import type { SearchIndex } from '../features/search/search-index';
import { useSearchData } from '../features/search/use-search-data';
import { EmptyState } from '../features/search/empty-state';
import { FilterPanel } from '../features/search/filter-panel';
import { ResultOrderField } from '../features/search/result-order';
import { orderIn, rankForPlace, withOrder, type ResultOrder } from '../features/postcodes/place-ranking';
import { readRememberedPlace } from '../features/postcodes/remembered-place';
import { ResultCard } from '../features/search/result-card';
import { EchoedQuery, QUERY_SLOT } from '../features/search/echoed-query';
import { findServices } from '../features/search/find-services';
import { buildGazetteer, type Gazetteer } from '../features/search/places-in-query';
import { cleanQuery, MAX_QUERY_LENGTH } from '../features/search/query-text';
import { suggestSpelling } from '../features/search/suggest';
import { UrgentNumbers } from '../components/urgent-numbers';
import { useNow } from '../features/service/now';
import { useT } from '../i18n/i18n';
import { whenIdle } from '../lib/yield';
import '../features/saved/saved.css';
import '../features/search/search.css';
import '../features/pathways/pathway-strings';

/** The area's places, for reading them out of a query (built once, a few hundred names). */
let gazetteer: Gazetteer | undefined;
const places = () => (gazetteer ??= buildGazetteer());
const isPlaceWord = (word: string) => places().places.has(word) || places().outcodes.has(word);

/** Cards rendered at first; a cheap phone should not lay out thousands at once. */
const PAGE_SIZE = 10;
const NOT_SEARCHED = { highlight: new Set<string>(), needs: new Set<string>() };

interface ResultListProps {
  services: Catalogue['services'];
  highlight: ReadonlySet<string>;
  /** Miles by service id, when the family's postcode is known. */
  miles?: ReadonlyMap<string, number>;
}

function ResultList({ services, highlight, miles }: ResultListProps) {
  const t = useT();
  const { shown, more } = usePagedList(services, PAGE_SIZE);
  return (
    <>
      <ul class="card-list search-results">
        {services.slice(0, shown).map((s) => (
          <ResultCard key={s.id} service={s} highlight={highlight} headingLevel={3} miles={miles?.get(s.id)} />
        ))}
      </ul>
      {more && <ShowMoreButton label={t('search.showMore')} onClick={more} />}
    </>
  );
}

interface SearchProps {
  /** Null until loaded: the form shows at once, the filters and results when the data is there. */
  catalogue: Catalogue | null;
  index: SearchIndex | null;
  state: SearchState;
  url: string;
  order: ResultOrder;
}

const NO_SERVICES: Catalogue['services'] = [];

function Search({ catalogue, index, state, url, order }: SearchProps) {
  const t = useT();
  const { route } = useLocation();
  // Read once per visit: it changes only on the map page.
  const [place] = useState(() => readRememberedPlace());
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const instant = useNow();
  const typing = useRef(false);
  // The other languages' words are read on the first query that needs them; reading them while
  // the phone is idle means a family's first search in Polish or Urdu does not wait for them either.
  useEffect(() => {
    if (index) void whenIdle().then(() => index.foreignWords);
  }, [index]);
  // A link may carry any text in ?q=: cut to a bounded length and with bidi controls removed
  // before any search work or echo (query-text.ts).
  const { text: query, shortened } = useMemo(() => cleanQuery(state.query), [state.query]);
  const shown = useMemo(() => ({ ...state, query }), [state, query]);
  const found = useMemo(
    () => (index && query ? findServices(index, places(), query) : { ...NOT_SEARCHED, services: catalogue?.services ?? NO_SERVICES }),
    [index, catalogue, query],
  );
  const matching = useMemo(() => found.services.filter((s) => matchesFilters(s, state.filters, instant)), [found, state.filters, instant]);
  const placed = useMemo(() => (place ? rankForPlace(matching, place, order) : undefined), [matching, place, order]);
  const services = placed?.services ?? matching;
  const applied = countFilters(state.filters);
  const suggestion = useMemo(
    () => (index && services.length === 0 && query ? suggestSpelling(index, query, isPlaceWord) : null),
    [index, services.length, query],
  );

  // The first live update of a burst of typing adds a history entry; the rest replace it,
  // so Back goes to the previous search rather than through every keystroke.
  const onSearch = (fields: URLSearchParams, live: boolean) => {
    const next = withOrder(searchUrl(parseSearchParams(fields)), order);
    if (next !== url) route(next, live && typing.current);
    typing.current = live;
  };

  // The query goes in as a slot and is rendered isolated (EchoedQuery), never spliced into the text.
  const base = query
    ? t('search.resultCount', { count: services.length, query: QUERY_SLOT })
    : t('search.allCount', { count: services.length });
  const count =
    services.length === 0
      ? query
        ? t('search.noResults', { query: QUERY_SLOT })
        : t('search.noResultsFiltered')
      : applied > 0
        ? t('search.withFilters', { text: base, count: applied })
        : base;

  return (
    <Page title={query ? t('search.title') : t('search.titleAll')} ready={index !== null}>
      <SearchForm query={query} onSearch={onSearch}>
        {catalogue && (
          <FilterPanel catalogue={catalogue} filters={state.filters} applied={applied} onApply={() => resultsHeading.current?.focus()} />
        )}
      </SearchForm>
      {shortened && <p class="search-too-long">{t('search.tooLong', { max: MAX_QUERY_LENGTH })}</p>}
      {!index ? (
        // The form is already usable; the results follow in the space kept for them, so nothing below jumps.
        <div class="search-pending">{catalogueFailed.value && <Loading failed onRetry={() => void loadCatalogue()} />}</div>
      ) : (
        <>
          {catalogue && <AppliedFilters state={shown} catalogue={catalogue} />}
          {found.needs.size > 0 && (
            <UrgentNumbers>
              {found.needs.has('pregnancy') && (
                <>
                  <p>{t('search.urgentMaternity')}</p>
                  <p>
                    <a href="/contact/pregnant-worried" class="urgent__call">
                      {t('pathways.pregnant-worried.title')}
                    </a>
                  </p>
                </>
              )}
            </UrgentNumbers>
          )}
          {/* A heading, so "Apply filters" can bring focus here and screen readers can jump to it. */}
          <h2 class="result-count" ref={resultsHeading} tabIndex={-1}>
            <span role="status">
              <EchoedQuery sentence={count} query={query} />
            </span>
          </h2>
          {place && services.length > 0 && (
            <ResultOrderField place={place.label} order={order} onOrder={(next) => route(withOrder(searchUrl(state), next))} />
          )}
          {services.length === 0 ? (
            <EmptyState state={shown} suggestion={suggestion} applied={applied} />
          ) : (
            <ResultList key={url} services={services} highlight={found.highlight} miles={placed?.miles} />
          )}
        </>
      )}
    </Page>
  );
}

export default function SearchPage() {
  const { url } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const state = useMemo(() => parseSearchParams(search), [search]);
  const order = orderIn(search);
  const { catalogue, index } = useSearchData();
  return <Search catalogue={catalogue} index={index} state={state} url={url} order={order} />;
}
