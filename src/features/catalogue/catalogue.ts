/**
 * The catalogue, fetched once from /data/catalogue.json (preloaded by index.html and precached
 * by the service worker), so the home page's JavaScript stays small. Components call
 * useCatalogue(); it is null while loading.
 */
import { signal } from '@preact/signals';
import type { Catalogue } from './model';

export const catalogue = signal<Catalogue | null>(null);
export const catalogueFailed = signal(false);

let pending: Promise<void> | null = null;

async function fetchCatalogue(): Promise<Catalogue> {
  const response = await fetch('/data/catalogue.json');
  if (!response.ok) throw new Error(`catalogue: HTTP ${response.status}`);
  return (await response.json()) as Catalogue;
}

export function loadCatalogue(): Promise<void> {
  pending ??= fetchCatalogue().then(
    (loaded) => {
      catalogue.value = loaded;
      catalogueFailed.value = false;
    },
    () => {
      // Offline before the first visit finished caching: let "Try again" start afresh.
      catalogueFailed.value = true;
      pending = null;
    },
  );
  return pending;
}

/**
 * Puts this catalogue in place as if it had loaded (null: none yet, the next useCatalogue fetches).
 * For tests, which start each case from a known catalogue without assigning the signal.
 */
export function setCatalogue(loaded: Catalogue | null): void {
  pending = loaded ? Promise.resolve() : null;
  catalogueFailed.value = false;
  catalogue.value = loaded;
}

export function useCatalogue(): Catalogue | null {
  if (!catalogue.value && !pending) void loadCatalogue();
  return catalogue.value;
}
