/**
 * A disclosure: a button with aria-expanded that shows or hides one panel (the language list, the
 * "Menu" navigation). Escape, from the button or inside the panel, closes it and gives focus back
 * to the button, so a keyboard user is never left on something that just vanished.
 * A panel that floats over the page (`closeOnOutsideClick`) also closes on a tap or click
 * elsewhere; the menu does not, as it sits in the header and may stay open with the language list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Disclosure {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Closes the panel; `refocus` puts focus back on the button. */
  close: (refocus: boolean) => void;
  /** Spread on the button. */
  buttonProps: {
    ref: { current: HTMLButtonElement | null };
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
    onKeyDown: (event: KeyboardEvent) => void;
  };
  /** Spread on the panel. */
  panelProps: {
    ref: { current: HTMLElement | null };
    id: string;
    onKeyDown: (event: KeyboardEvent) => void;
  };
}

export function useDisclosure(panelId: string, { closeOnOutsideClick = false } = {}): Disclosure {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) close(true);
  };

  useEffect(() => {
    if (!open || !closeOnOutsideClick) return;
    const onPointer = (event: Event) => {
      const target = event.target as Node;
      if (!button.current?.contains(target) && !panel.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('click', onPointer);
    return () => document.removeEventListener('click', onPointer);
  }, [open, closeOnOutsideClick]);

  return {
    open,
    setOpen,
    close,
    buttonProps: { ref: button, 'aria-expanded': open, 'aria-controls': panelId, onClick: () => setOpen(!open), onKeyDown },
    panelProps: { ref: panel, id: panelId, onKeyDown },
  };
}
