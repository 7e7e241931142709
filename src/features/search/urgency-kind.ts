/**
 * Which kind of urgent line a service is (pure), derived from data the catalogue already has:
 * its phone numbers and categories. The catalogue tags 999, NHS 111, the safeguarding lines,
 * the domestic abuse helplines and the crisis lines all "urgent help"; searched for alone, they
 * tied and fell into alphabetical order, so "fever" listed NHS 111 seventh (issue 14). As
 * distinct kinds they can be ordered by what the parent's words call for.
 */
import type { ServiceView } from '../catalogue/model';

export const URGENCY_KINDS = ['emergency', 'medical', 'maternity', 'domestic-abuse', 'mental-health', 'safeguarding'] as const;
export type UrgencyKind = (typeof URGENCY_KINDS)[number];

const URGENT_HELP = 'cat-urgent-help';
const MATERNITY = 'cat-midwifery-antenatal';
const DOMESTIC_ABUSE = 'cat-domestic-abuse';
const MENTAL_HEALTH = ['cat-mental-health', 'cat-perinatal-mental-health'];

const dials = (service: ServiceView, number: string) => service.phones.some((p) => !p.textOnly && p.number.replace(/\s+/g, '') === number);

/** The numbers are fixed by law and the NHS, so they identify the service whatever its id. */
export function urgencyKindOf(service: ServiceView): UrgencyKind | null {
  if (dials(service, '999')) return 'emergency';
  if (dials(service, '111')) return 'medical';
  const has = (id: string) => service.categories.includes(id);
  if (has(MATERNITY)) return 'maternity';
  if (has(DOMESTIC_ABUSE)) return 'domestic-abuse';
  if (MENTAL_HEALTH.some(has) && has(URGENT_HELP)) return 'mental-health';
  // What is left under "urgent help" is a line for a worry about a child (NSPCC, Children's Services).
  if (has(URGENT_HELP)) return 'safeguarding';
  return null;
}
