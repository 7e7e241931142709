/** No results: a spelling to try, filters to clear, and the "Who can I contact?" questions. Never a blank page. */
import { searchUrl, type SearchState } from '../filters/url';
import { NO_FILTERS } from '../filters/model';
import { useT } from '../../i18n/i18n';

export function EmptyState({ state, suggestion, applied }: { state: SearchState; suggestion: string | null; applied: number }) {
  const t = useT();
  return (
    <div class="search-empty">
      {suggestion && (
        <p>
          {t('search.didYouMean')} <a href={searchUrl({ ...state, query: suggestion })}>{suggestion}</a>?
        </p>
      )}
      {applied > 0 && (
        <p>
          {t('search.tryClearing')} <a href={searchUrl({ query: state.query, filters: NO_FILTERS })}>{t('search.clearFilters')}</a>
        </p>
      )}
      <p>{t('search.noResultsHelp')}</p>
      <ul class="list">
        <li>
          {t('search.askInstead')} <a href="/contact">{t('search.whoToContact')}</a>.
        </li>
        <li>
          <a href="/">{t('search.browseStages')}</a>
        </li>
      </ul>
    </div>
  );
}
