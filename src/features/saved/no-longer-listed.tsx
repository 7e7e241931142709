/** A saved service the directory no longer lists: its last known name, what that means, and Remove. */
import { removeSaved } from './saved';
import type { SavedEntry } from './saved-list';
import { useT } from '../../i18n/i18n';

export function NoLongerListed({ entry }: { entry: SavedEntry }) {
  const t = useT();
  // The name is the service's own (in English, like every record); the id stands in for lists
  // saved before names were kept.
  const label = entry.name ?? entry.id;
  return (
    <li class="card saved-gone">
      {entry.name ? (
        <>
          <h2 class="card__title" lang="en" dir="auto">
            {entry.name}
          </h2>
          <p>
            <strong>{t('saved.goneTitle')}</strong>
          </p>
          <p>{t('saved.goneReason')}</p>
        </>
      ) : (
        <>
          <h2 class="card__title">{t('saved.goneTitle')}</h2>
          <p>{t('saved.gone', { id: entry.id })}</p>
        </>
      )}
      <button type="button" class="button button--secondary" onClick={() => removeSaved(entry.id)}>
        {t('saved.remove')}
        <span class="visually-hidden" lang="en" dir="auto">
          {' '}
          {label}
        </span>
      </button>
    </li>
  );
}
