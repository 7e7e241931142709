/**
 * A life stage's services under their topics, each service's card once (pure). A service tagged
 * with several topics has its card under the first of its own topics (the one the catalogue lists
 * first for it); the other topics name it in one line, so no topic loses a service and no card
 * repeats (issue 20: Pregnancy used to repeat the same cards over about 30 screens).
 */
import type { Catalogue, ServiceView, TermView } from './model';
import { groupByCategory } from './queries';

export interface TopicGroup {
  term: TermView;
  /** The services whose card is shown under this topic. */
  services: ServiceView[];
  /** Services also about this topic whose card is under another one. */
  alsoListed: ServiceView[];
}

export function groupByTopicOnce(catalogue: Catalogue, services: ServiceView[]): TopicGroup[] {
  const groups = groupByCategory(catalogue, services);
  const shown = new Set(groups.map((g) => g.term.id));
  const home = new Map(services.map((s) => [s.id, s.categories.find((c) => shown.has(c))]));
  return groups.map(({ term, services: about }) => ({
    term,
    services: about.filter((s) => home.get(s.id) === term.id),
    alsoListed: about.filter((s) => home.get(s.id) !== term.id),
  }));
}
