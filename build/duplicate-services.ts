/**
 * Merges the same service listed twice (within one feed, or between a feed and the core) into one.
 * "The same" means the same organisation name and service name, plus at least one shared contact
 * fact: a phone number, email, website or postcode. The record kept is the first in table order
 * (so the core, merged first, wins over a feed); it gains every distinct phone, place, session,
 * language, area, cost and term of the others, and every source page they cite. Pure: no Node,
 * no DOM, so the import (tools/oruk) and the build (build/catalogue-layers.ts) share it.
 */
import type { CatalogueFiles, Service } from '../src/features/catalogue/oruk';

export interface Merge {
  /** The id kept. */
  kept: string;
  /** The ids folded into it, in table order. */
  merged: string[];
  /** What they share beyond the organisation and name, e.g. "phone 01632 960001". */
  shared: string;
  /**
   * A service holds one email and one website: another's different one cannot be kept, so it is
   * named here for the report (e.g. "email other@example.org"), never dropped silently.
   */
  notKept?: string[];
}

type Tables = Pick<
  CatalogueFiles,
  | 'services'
  | 'organizations'
  | 'contacts'
  | 'phones'
  | 'service_at_locations'
  | 'addresses'
  | 'schedules'
  | 'languages'
  | 'service_areas'
  | 'cost_options'
  | 'attributes'
>;

const words = (s: string | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const site = (s: string | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');

/** Each service's contact facts, as comparable keys ("phone 01632960001", "postcode SG1 1AA", ...). */
function contactFacts(files: Tables): Map<string, Set<string>> {
  const facts = new Map<string, Set<string>>();
  const add = (sid: string, fact: string) => facts.set(sid, (facts.get(sid) ?? new Set()).add(fact));
  const serviceOfContact = new Map(files.contacts.map((c) => [c.id, c.service_id]));
  for (const p of files.phones) {
    const sid = serviceOfContact.get(p.contact_id);
    if (sid) add(sid, `phone ${p.number.replace(/\D/g, '')}`);
  }
  for (const s of files.services) {
    if (s.email) add(s.id, `email ${s.email.toLowerCase()}`);
    if (s.url) add(s.id, `website ${site(s.url)}`);
  }
  const postcodesOfLocation = new Map<string, string[]>();
  for (const a of files.addresses) {
    if (a.postal_code)
      postcodesOfLocation.set(a.location_id, [...(postcodesOfLocation.get(a.location_id) ?? []), a.postal_code.toUpperCase()]);
  }
  for (const link of files.service_at_locations) {
    for (const pc of postcodesOfLocation.get(link.location_id) ?? []) add(link.service_id, `postcode ${pc}`);
  }
  return facts;
}

/** Groups of services that are the same, each in table order (first = kept). */
export function findDuplicates(files: Tables): Merge[] {
  const orgName = new Map(files.organizations.map((o) => [o.id, words(o.name)]));
  const facts = contactFacts(files);
  const byName = new Map<string, Service[]>();
  for (const s of files.services) {
    const key = `${orgName.get(s.organization_id) ?? s.organization_id}|${words(s.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }
  const merges: Merge[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const left = [...group];
    while (left.length > 1) {
      const kept = left.shift()!;
      const keptFacts = new Set(facts.get(kept.id) ?? []);
      const merged: string[] = [];
      const shared = new Set<string>();
      // A record that shares a fact with the kept one (or with one already folded in) joins it.
      for (let changed = true; changed;) {
        changed = false;
        for (let i = 0; i < left.length; i++) {
          const other = left[i]!;
          const common = [...(facts.get(other.id) ?? [])].filter((f) => keptFacts.has(f));
          if (common.length === 0) continue;
          for (const f of common) shared.add(f);
          for (const f of facts.get(other.id) ?? []) keptFacts.add(f);
          merged.push(other.id);
          left.splice(i--, 1);
          changed = true;
        }
      }
      if (merged.length > 0) {
        const byId = new Map(group.map((s) => [s.id, s]));
        const notKept = new Set<string>();
        let email = kept.email;
        let url = kept.url;
        for (const id of merged) {
          const other = byId.get(id)!;
          if (other.email && email && other.email.toLowerCase() !== email.toLowerCase()) notKept.add(`email ${other.email}`);
          if (other.url && url && site(other.url) !== site(url)) notKept.add(`website ${other.url}`);
          email ??= other.email;
          url ??= other.url;
        }
        merges.push({
          kept: kept.id,
          merged,
          shared: [...shared].sort().join(', '),
          ...(notKept.size > 0 ? { notKept: [...notKept] } : {}),
        });
      }
    }
  }
  return merges;
}

/** The key a child row is compared by, to drop a repeat of a fact the kept service already has. */
type KeyOf<T> = (row: T) => string;

function repoint<T extends object>(
  rows: T[],
  serviceOf: (row: T) => string,
  set: (row: T, sid: string) => T,
  keyOf: KeyOf<T>,
  keptOf: Map<string, string>,
): T[] {
  const seen = new Set<string>();
  for (const row of rows) if (!keptOf.has(serviceOf(row))) seen.add(`${serviceOf(row)} ${keyOf(row)}`);
  const out: T[] = [];
  for (const row of rows) {
    const kept = keptOf.get(serviceOf(row));
    if (kept === undefined) {
      out.push(row);
      continue;
    }
    const k = `${kept} ${keyOf(row)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(set(row, kept));
  }
  return out;
}

const union = (a: string[] | undefined, b: string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];

/**
 * Applies the merges: the others' rows move to the kept service (repeats of a fact it already
 * has are dropped), their source pages join its source_url, and they leave the services table.
 * `absorb` lets the caller carry its own extension fields (e.g. provenance) onto the kept record.
 */
export function applyMerges<F extends Tables>(files: F, merges: Merge[], absorb?: (kept: Service, other: Service) => void): F {
  if (merges.length === 0) return files;
  const keptOf = new Map<string, string>();
  for (const m of merges) for (const id of m.merged) keptOf.set(id, m.kept);
  const byId = new Map(files.services.map((s) => [s.id, s]));
  const services: Service[] = [];
  for (const s of files.services) {
    if (keptOf.has(s.id)) continue;
    const merge = merges.find((m) => m.kept === s.id);
    if (!merge) {
      services.push(s);
      continue;
    }
    const kept: Service = { ...s };
    for (const id of merge.merged) {
      const other = byId.get(id)!;
      kept.source_url = union(kept.source_url, other.source_url);
      if (!kept.url && other.url)
        Object.assign(kept, { url: other.url, website_source: other.website_source, website_source_date: other.website_source_date });
      if (!kept.email && other.email)
        Object.assign(kept, { email: other.email, email_source: other.email_source, email_source_date: other.email_source_date });
      absorb?.(kept, other);
    }
    services.push(JSON.parse(JSON.stringify(kept)) as Service);
  }
  const serviceOfContact = new Map(files.contacts.map((c) => [c.id, c.service_id]));
  // Phones are compared across all of the kept service's contacts, so a number given twice stays once.
  const phoneKeptOf = new Map<string, string>();
  for (const c of files.contacts) if (keptOf.has(c.service_id)) phoneKeptOf.set(c.id, keptOf.get(c.service_id)!);
  const keptNumbers = new Set<string>();
  for (const p of files.phones) {
    const sid = serviceOfContact.get(p.contact_id);
    if (sid && !keptOf.has(sid)) keptNumbers.add(`${sid} ${p.number.replace(/\D/g, '')}`);
  }
  const phones = files.phones.filter((p) => {
    const kept = phoneKeptOf.get(p.contact_id);
    if (kept === undefined) return true;
    const k = `${kept} ${p.number.replace(/\D/g, '')}`;
    if (keptNumbers.has(k)) return false;
    keptNumbers.add(k);
    return true;
  });
  const usedContacts = new Set(phones.map((p) => p.contact_id));
  const contacts = files.contacts
    .filter((c) => !keptOf.has(c.service_id) || usedContacts.has(c.id))
    .map((c) => (keptOf.has(c.service_id) ? { ...c, service_id: keptOf.get(c.service_id)! } : c));
  const postcodeOf = new Map(files.addresses.map((a) => [a.location_id, a.postal_code ?? a.location_id]));
  return {
    ...files,
    services,
    contacts,
    phones,
    service_at_locations: repoint(
      files.service_at_locations,
      (r) => r.service_id,
      (r, sid) => ({ ...r, service_id: sid }),
      (r) => postcodeOf.get(r.location_id) ?? r.location_id,
      keptOf,
    ),
    schedules: repoint(
      files.schedules,
      (r) => r.service_id,
      (r, sid) => ({ ...r, service_id: sid }),
      // A fortnightly Tuesday is not the weekly Tuesday at the same times: the repeat is part of the key.
      (r) =>
        `${r.freq} ${r.interval ?? 1} ${r.byday ?? ''} ${r.bymonthday ?? ''} ${r.dtstart ?? ''} ${r.opens_at ?? ''} ${r.closes_at ?? ''} ${r.description ?? ''}`,
      keptOf,
    ),
    languages: repoint(
      files.languages,
      (r) => r.service_id,
      (r, sid) => ({ ...r, service_id: sid }),
      (r) => r.code,
      keptOf,
    ),
    service_areas: repoint(
      files.service_areas,
      (r) => r.service_id,
      (r, sid) => ({ ...r, service_id: sid }),
      (r) => `${r.extent_type} ${r.extent ?? ''}`,
      keptOf,
    ),
    cost_options: repoint(
      files.cost_options,
      (r) => r.service_id,
      (r, sid) => ({ ...r, service_id: sid }),
      (r) => `${r.option ?? ''} ${r.amount ?? ''} ${r.amount_description ?? ''}`,
      keptOf,
    ),
    attributes: repoint(
      files.attributes,
      (r) => r.link_id,
      (r, sid) => ({ ...r, link_id: sid }),
      (r) => r.taxonomy_term_id,
      keptOf,
    ),
  };
}
