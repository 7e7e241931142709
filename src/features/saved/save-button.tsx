/** Save or unsave a service on this device; the button says which it will do. */
import { savedIds, toggleSaved } from './saved';
import { useT } from '../../i18n/i18n';
import './saved.css';

export function SaveButton({ id, name }: { id: string; name: string }) {
  const t = useT();
  const saved = savedIds.value.includes(id);
  return (
    <button
      type="button"
      class={`button button--secondary save-button${saved ? ' save-button--saved' : ''}`}
      aria-pressed={saved}
      onClick={() => toggleSaved(id, name)}
    >
      {saved ? t('saved.button.saved') : t('saved.button.save')}
      <span class="visually-hidden"> {name}</span>
    </button>
  );
}
