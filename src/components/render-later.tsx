/**
 * Splits a page's first render into pieces the browser can paint between. On a cheap phone the
 * first render of a page costs 4× what it does here, and one 150 ms task makes the first tap feel
 * dead; the top of the page (what the parent reads first) renders at once, the rest a task later.
 * Only for content below the first screen: the main element's min-height keeps the footer out of
 * view meanwhile, so nothing visible moves when the rest arrives.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { yieldToMain } from '../lib/yield';

/** Renders `children` after the rest of the page has rendered and painted. */
export function RenderLater({ children }: { children: ComponentChildren }) {
  const shown = useGrowingCount(1, 0, 1);
  return shown > 0 ? <>{children}</> : null;
}

/**
 * How many of `total` list items to render: `first` at once, then `step` more per task until all
 * are shown. A new total (another postcode, another query) starts again from `first`.
 */
export function useGrowingCount(total: number, first: number, step: number): number {
  const [grown, setGrown] = useState({ total, shown: Math.min(total, first) });
  const shown = grown.total === total ? grown.shown : Math.min(total, first);
  useEffect(() => {
    if (shown >= total) return;
    let live = true;
    void yieldToMain().then(() => {
      if (live) setGrown({ total, shown: Math.min(total, shown + step) });
    });
    return () => {
      live = false;
    };
  }, [shown, total, step]);
  return shown;
}
