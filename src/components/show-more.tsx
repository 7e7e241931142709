/**
 * A long list shown a page at a time with a "Show more" button (search results, the list beside
 * the map). A council's directory can put thousands of services in one list: drawn all at once,
 * or even a few cards a task, that kept a cheap phone busy for many seconds. A new list (another
 * query, another postcode) starts again at the first page.
 */
import { useState } from 'preact/hooks';

export function usePagedList<T>(items: readonly T[], pageSize: number): { shown: number; more: (() => void) | null } {
  const [paged, setPaged] = useState({ items, shown: pageSize });
  const shown = Math.min(items.length, paged.items === items ? paged.shown : pageSize);
  const more = shown < items.length ? () => setPaged({ items, shown: shown + pageSize }) : null;
  return { shown, more };
}

export function ShowMoreButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="button button--secondary" onClick={onClick}>
      {label}
    </button>
  );
}
