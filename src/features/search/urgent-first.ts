/**
 * Puts the medical route first when the query calls for it (pure): which kinds of line, in
 * which order, for each need, and the reordering itself. The route's services are brought in
 * even when their text does not match ("my baby has a temperature" must reach NHS 111).
 */
import type { ServiceView } from '../catalogue/model';
import type { UrgencyKind } from './urgency-kind';
import type { UrgentNeed } from './urgent-words';

/**
 * 999 first where a life may be at risk; the maternity services for pregnancy warning signs
 * (they triage, and say when to call 999); otherwise NHS 111. 999 always stays in the route so
 * it is never further than a few results away.
 */
export function routeFor(needs: ReadonlySet<UrgentNeed>): UrgencyKind[] {
  const route: UrgencyKind[] = [];
  if (needs.has('life')) route.push('emergency');
  if (needs.has('pregnancy')) route.push('maternity');
  if (needs.size > 0) route.push('medical', 'emergency');
  return [...new Set(route)];
}

/**
 * The route's kinds in order (services the search found keep their order within a kind, then
 * the rest of that kind from the catalogue), then everything else the search found. `kinds` is
 * the search index's (urgencyKindOf for each service, worked out once).
 */
export function putUrgentFirst(
  found: ServiceView[],
  all: ServiceView[],
  route: UrgencyKind[],
  kinds: ReadonlyMap<ServiceView, UrgencyKind | null>,
): ServiceView[] {
  if (route.length === 0) return found;
  const kindOf = (s: ServiceView) => kinds.get(s) ?? null;
  const seen = new Set(found);
  const candidates = [...found, ...all.filter((s) => !seen.has(s) && route.includes(kindOf(s) as UrgencyKind))];
  const first = route.flatMap((kind) => candidates.filter((s) => kindOf(s) === kind));
  const placed = new Set(first);
  return [...first, ...found.filter((s) => !placed.has(s))];
}
