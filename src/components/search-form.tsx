/**
 * The search box: a real GET form to /search, so it works before any script has loaded.
 * With `onSearch`, results update as the parent types (after a short pause) and whenever a
 * field inside the form (the filters, passed as children) changes; the form's own fields
 * are the single source of what is searched, so typing and filters can never disagree.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';

/** Long enough not to search on every keystroke, short enough to feel live. */
const TYPING_PAUSE_MS = 250;

export interface SearchFormProps {
  query?: string;
  /** Called with the form's fields; `typing` is true for live updates while the box changes. */
  onSearch?: (fields: URLSearchParams, typing: boolean) => void;
  children?: ComponentChildren;
}

export function SearchForm({ query = '', onSearch, children }: SearchFormProps) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(query);
  const sent = useRef(query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Back/forward or a link changed the query: show it, unless it is what we just sent.
  useEffect(() => {
    if (query !== sent.current) {
      sent.current = query;
      setDraft(query);
    }
  }, [query]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const send = (typing: boolean) => {
    clearTimeout(timer.current);
    if (!onSearch || !form.current) return;
    const fields = new URLSearchParams(new FormData(form.current) as unknown as Record<string, string>);
    sent.current = (fields.get('q') ?? '').trim();
    onSearch(fields, typing);
  };

  return (
    <form
      ref={form}
      action="/search"
      method="get"
      role="search"
      class="search-form"
      onSubmit={(e) => {
        if (!onSearch) return;
        e.preventDefault();
        send(false);
      }}
      onChange={(e) => {
        // Filters apply at once; the text box has its own, debounced path.
        if ((e.target as HTMLInputElement).name !== 'q') send(false);
      }}
    >
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
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            if (!onSearch) return;
            clearTimeout(timer.current);
            timer.current = setTimeout(() => send(true), TYPING_PAUSE_MS);
          }}
          aria-describedby="search-q-hint"
          autocomplete="off"
          enterKeyHint="search"
        />
        <button type="submit" class="button">
          {t('home.searchButton')}
        </button>
      </div>
      {children}
    </form>
  );
}
