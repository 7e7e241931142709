/** The search box: a plain GET form to /search, so it works before any script has loaded. */
import { useT } from '../i18n/i18n';

export function SearchForm({ query = '' }: { query?: string }) {
  const t = useT();
  return (
    <form action="/search" method="get" role="search" class="search-form">
      <label for="search-q" class="label">
        {t('home.searchLabel')}
      </label>
      <p id="search-q-hint" class="hint">
        {t('home.searchHint')}
      </p>
      <div class="search-form__row">
        <input
          id="search-q"
          name="q"
          type="search"
          class="input"
          defaultValue={query}
          aria-describedby="search-q-hint"
          autocomplete="off"
          enterKeyHint="search"
        />
        <button type="submit" class="button">
          {t('home.searchButton')}
        </button>
      </div>
    </form>
  );
}
