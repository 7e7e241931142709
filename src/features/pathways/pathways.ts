/**
 * The pathways, loaded once on demand from their own chunk (virtual:pathways) so the home
 * page's JavaScript never carries them. Components call usePathways(); null while loading.
 */
import { signal } from '@preact/signals';
import type { Pathway } from './types';

export const pathways = signal<Pathway[] | null>(null);
export const pathwaysFailed = signal(false);

let pending: Promise<void> | null = null;

export function loadPathways(): Promise<void> {
  pending ??= import('virtual:pathways').then(
    (module) => {
      pathways.value = module.default;
      pathwaysFailed.value = false;
    },
    () => {
      // Offline before the first visit finished caching: let "Try again" start afresh.
      pathwaysFailed.value = true;
      pending = null;
    },
  );
  return pending;
}

export function usePathways(): Pathway[] | null {
  if (!pathways.value && !pending) void loadPathways();
  return pathways.value;
}
