/**
 * A disclosure: a button with aria-expanded that shows or hides one panel (the language list, the
 * "Menu" navigation). Escape, from the button or inside the panel, closes it and gives focus back
 * to the button, so a keyboard user is never left on something that just vanished.
 * A panel that floats over the page also closes on a tap or click outside `clickArea` (the element
 * holding the button and the panel); the menu has none, as it sits in the header and may stay open
 * beside the language list.
 * A change of `closedOn` (the page's path, for the menu) closes it too.
 * A tuple, not an object: the home page loads this, and property names do not minify.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

type KeyHandler = (event: KeyboardEvent) => void;

export type Disclosure = [
  open: boolean,
  /** Closes the panel; `refocus` puts focus back on the button. */
  close: (refocus: boolean) => void,
  /** Spread on the button. */
  buttonProps: {
    ref: { current: HTMLButtonElement | null };
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
    onKeyDown: KeyHandler;
  },
  /** Spread on the panel. */
  panelProps: { id: string; onKeyDown: KeyHandler },
];

export function useDisclosure(panelId: string, clickArea?: RefObject<HTMLElement | null>, closedOn?: unknown): Disclosure {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown: KeyHandler = (event) => {
    if (event.key === 'Escape' && open) close(true);
  };

  useEffect(() => setOpen(false), [closedOn]);
  useEffect(() => {
    if (!open || !clickArea) return;
    const onPointer = (event: Event) => {
      if (!clickArea.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('click', onPointer);
    return () => document.removeEventListener('click', onPointer);
  }, [open, clickArea]);

  return [
    open,
    close,
    { ref: button, 'aria-expanded': open, 'aria-controls': panelId, onClick: () => setOpen(!open), onKeyDown },
    { id: panelId, onKeyDown },
  ];
}
