/**
 * "Add to visit pack", beside "Give to family" on an ending and beside Save on a service page:
 * secondary, after the call, so it never outweighs it. Once the pack holds something, a link
 * "Visit pack (N)" leads to the sheet and QR code for the whole visit.
 */
import { useState } from 'preact/hooks';
import { useText } from '../pathways/text';
import type { PackItem } from './pack-items';
import { PACK_PATH } from './pack-link';
import { addToPack, usePack } from './pack-store';
import './visit-pack.css';

interface Props {
  items: readonly PackItem[];
  /** Read after the button's words by screen readers (a service page's name). */
  name?: string;
}

export function AddToPack({ items, name }: Props) {
  const text = useText();
  const count = usePack().items.length;
  const [status, setStatus] = useState('');
  const add = () => {
    const { added, result } = addToPack(items);
    setStatus(text(result !== 'ok' ? 'pathways.ui.pack.cannotKeep' : added > 0 ? 'pathways.ui.pack.added' : 'pathways.ui.pack.already'));
  };
  return (
    <div class="add-to-pack no-print">
      <button type="button" class="button button--secondary" onClick={add} disabled={items.length === 0}>
        {text('pathways.ui.pack.add')}
        {name && <span class="visually-hidden"> {name}</span>}
      </button>
      {count > 0 && <a href={PACK_PATH}>{text('pathways.ui.pack.link', { count })}</a>}
      <p role="status" class="add-to-pack__status">
        {status}
      </p>
    </div>
  );
}
