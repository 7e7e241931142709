/**
 * How old a service's contact facts are, judged fact by fact (pure; the service page and tests use it).
 *
 * Each phone number, text number, email, website, address and set of opening times carries the date
 * of the page it came from. The age warning follows the OLDEST fact shown: a 2023 phone number
 * must not hide behind a 2025 page cited for something else. National numbers fixed by law or the
 * NHS (999, 111, ...) come from their official page and never go into the age judgement.
 */
import type { FactSourceView, ServiceView } from '../catalogue/model';
import { isOlderThan } from '../../lib/dates';
import { allSchedules } from '../opening-times/open-now';

/** Facts older than this many years carry a "check before you rely on it" warning. */
export const OLD_FACT_YEARS = 2;

export type FactKind = 'phone' | 'text' | 'email' | 'website' | 'address' | 'hours';

export interface DatedFact {
  kind: FactKind;
  /** What the fact is, as shown: the number, the address's town, the email; empty for website and hours. */
  what: string;
  /** Undefined when the record names no page (e.g. a feed imported without sources): treated as undated. */
  source?: FactSourceView;
}

export interface FactAges {
  /** Oldest and newest page dates among the dated facts that can go out of date. */
  oldest?: string;
  newest?: string;
  /** Facts (not national numbers) whose page shows no date. */
  undated: number;
  /** National numbers (and their hours) from an official page. */
  national: DatedFact[];
  /** "old": the oldest dated fact is more than OLD_FACT_YEARS old; "undated": no dated fact is old but some have no date. */
  warning?: 'old' | 'undated';
}

/** Every contact fact the service page shows, in the order it shows them. */
export function serviceFacts(service: ServiceView): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const p of service.phones) facts.push({ kind: p.textOnly ? 'text' : 'phone', what: p.number, source: p.source });
  if (service.email) facts.push({ kind: 'email', what: service.email, source: service.emailSource });
  const website = service.url ?? service.organisation.website;
  // An organisation's website (used when the service has none) names no page of its own.
  if (website) facts.push({ kind: 'website', what: website, source: service.url ? service.websiteSource : undefined });
  for (const l of service.locations) {
    if (l.address) facts.push({ kind: 'address', what: l.address.town, source: l.address.source });
  }
  // One set of opening times per page: several schedule rows usually come from the same row.
  const seen = new Set<string>();
  for (const s of allSchedules(service)) {
    const key = `${s.source?.urls.join(' ')}|${s.source?.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ kind: 'hours', what: '', source: s.source });
  }
  return facts;
}

/** Sort key for "2023", "2023-07", "2023-07-18": the earliest day each could mean. */
const sortKey = (date: string) => `${date}-00-00`.slice(0, 10);

export const isDated = (date: string | undefined): date is string => !!date && /^\d{4}/.test(date);

/** Summarise the facts' ages against today (YYYY-MM-DD). */
export function factAges(facts: DatedFact[], today: string, years = OLD_FACT_YEARS): FactAges {
  const national = facts.filter((f) => f.source?.nationalNumber);
  const judged = facts.filter((f) => !f.source?.nationalNumber);
  const dates = judged
    .map((f) => f.source?.date)
    .filter(isDated)
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const undated = judged.length - dates.length;
  const oldest = dates[0];
  const newest = dates.at(-1);
  const warning = oldest && isOlderThan(oldest, today, years) ? 'old' : undated > 0 ? 'undated' : undefined;
  return { oldest, newest, undated, national, warning };
}
