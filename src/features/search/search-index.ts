/**
 * Fuzzy search over the catalogue with Fuse.js (pure: give it services, get ranked services).
 * Name and topics weigh most; descriptions least, since they are long and match loosely.
 */
import Fuse from 'fuse.js';
import type { ServiceView } from '../catalogue/model';

export interface SearchDoc {
  service: ServiceView;
  name: string;
  organisation: string;
  topics: string[];
  towns: string[];
  description: string;
}

const KEYS = [
  { name: 'name', weight: 3 },
  { name: 'topics', weight: 2 },
  { name: 'organisation', weight: 1.5 },
  { name: 'towns', weight: 1.5 },
  { name: 'description', weight: 1 },
];

export function buildSearchIndex(services: ServiceView[], topicLabel: (termId: string) => string): Fuse<SearchDoc> {
  const docs = services.map((service) => ({
    service,
    name: service.name,
    organisation: service.organisation.name,
    topics: [...service.categories, ...service.lifeStages].map(topicLabel),
    towns: service.locations.flatMap((l) => l.address?.town ?? []),
    description: service.description,
  }));
  return new Fuse(docs, { keys: KEYS, threshold: 0.35, ignoreLocation: true, minMatchCharLength: 2, includeScore: true });
}

export function searchServices(index: Fuse<SearchDoc>, query: string, limit = 50): ServiceView[] {
  const q = query.trim();
  if (!q) return [];
  return index.search(q, { limit }).map((r) => r.item.service);
}
