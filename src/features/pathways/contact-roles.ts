/**
 * Fills each pathway contact from the catalogue (pure; the build runs it, build/pathway-files.ts,
 * so the app ships plain service ids). A contact names the kind of contact it needs (`role`) and
 * may prefer a service (`service`). For the contact's part of the area it shows, in order:
 *   1. the preferred service, when the catalogue has it (with the pathway's advice for it);
 *   2. other services with the role that serve that part (an imported feed's family hub in a
 *      town, say), up to ROLE_FILL_LIMIT in all: part-wide services first, then those with a
 *      number to call or text (the family only told us their part, so no town is "nearest");
 *   3. only when 1 and 2 give nobody, the role's core contact for that part
 *      (data/curation/contact-roles.json `core`), with a warning.
 * A service is shown once per ending. Advice (say, then, source_url) stays with the preferred
 * service: it was written from that service's own page, so it may not hold for another.
 */
import type { CatalogueFiles } from '../catalogue/oruk';
import type { AreaId, Pathway, PathwayContact, PathwayContactData, PathwayData, PathwayEnding, RoleId } from './types';
import type { Problem } from './validate';

/** The taxonomy whose terms are the kinds of contact (data/curation/taxonomy.json). */
export const CONTACT_ROLE_TAXONOMY = 'bsf-contact-role';
/** At most this many services per contact: enough choice, short enough to read on a phone. */
export const ROLE_FILL_LIMIT = 3;

/** Per role, per part of the area: the core contacts to fall back on, in order (contact-roles.json `core`). */
export type CoreContacts = Record<RoleId, Partial<Record<AreaId, string[]>>>;

/** What the filling needs to know of one active service. */
export interface RoleService {
  id: string;
  name: string;
  roles: string[];
  /** ONS district codes it serves; "all" for a national service. */
  ladCodes: string[] | 'all';
  /** It has a phone or text number. */
  hasPhone: boolean;
}

/** One part of the area (data/area.json `parts`) with its districts' codes. */
export interface RolePart {
  id: AreaId;
  ladCodes: string[];
}

type RoleTables = Pick<CatalogueFiles, 'services' | 'service_areas' | 'attributes' | 'taxonomy_terms' | 'contacts' | 'phones'>;

/** The active services, each with its roles (attributes linking it to bsf-contact-role terms) and districts. */
export function roleServices(files: RoleTables): RoleService[] {
  const roleTerms = new Set(files.taxonomy_terms.filter((t) => t.taxonomy_id === CONTACT_ROLE_TAXONOMY).map((t) => t.id));
  const roles = new Map<string, string[]>();
  for (const a of files.attributes) {
    if (roleTerms.has(a.taxonomy_term_id)) roles.set(a.link_id, [...(roles.get(a.link_id) ?? []), a.taxonomy_term_id]);
  }
  const areas = new Map<string, string[] | 'all'>();
  for (const a of files.service_areas) {
    const before = areas.get(a.service_id) ?? [];
    const codes = a.extent_type === 'country' ? 'all' : (a.extent ?? '').split(',').map((c) => c.trim());
    areas.set(a.service_id, before === 'all' || codes === 'all' ? 'all' : [...before, ...codes]);
  }
  const contactService = new Map(files.contacts.map((c) => [c.id, c.service_id]));
  const withPhone = new Set(files.phones.map((p) => contactService.get(p.contact_id)));
  return files.services
    .filter((s) => s.status === 'active')
    .map((s) => ({
      id: s.id,
      name: s.name,
      roles: roles.get(s.id) ?? [],
      ladCodes: areas.get(s.id) ?? [],
      hasPhone: withPhone.has(s.id),
    }));
}

/** How much of the part a service covers: 2 the whole part (or the country), 1 some of it, 0 none. */
function coverage(service: RoleService, part: RolePart): number {
  if (service.ladCodes === 'all') return 2;
  const codes = new Set(service.ladCodes);
  const inPart = part.ladCodes.filter((c) => codes.has(c)).length;
  if (inPart === 0) return 0;
  return inPart === part.ladCodes.length ? 2 : 1;
}

export interface FilledPathways {
  pathways: Pathway[];
  /** Contacts that fell back to a core contact or that nothing could fill: the build lists them. */
  warnings: Problem[];
}

export function fillPathways(pathways: PathwayData[], services: RoleService[], parts: RolePart[], core: CoreContacts): FilledPathways {
  const warnings: Problem[] = [];
  const byId = new Map(services.map((s) => [s.id, s]));
  const filled = pathways.map((pathway): Pathway => {
    const endings = Object.fromEntries(
      Object.entries(pathway.endings).map(([endingId, ending]) => {
        const warn = (reason: string) => warnings.push({ pathway: pathway.id, step: endingId, reason, warning: true });
        return [endingId, fillEnding(ending, { byId, services, parts, core, warn })];
      }),
    );
    return { ...pathway, endings };
  });
  return { pathways: filled, warnings };
}

interface FillContext {
  byId: ReadonlyMap<string, RoleService>;
  services: RoleService[];
  parts: RolePart[];
  core: CoreContacts;
  warn: (reason: string) => void;
}

function fillEnding(ending: PathwayEnding<PathwayContactData>, ctx: FillContext): PathwayEnding {
  // A service the ending prefers anywhere is left for that contact, so the order the pathway gives holds.
  const preferred = new Set(ending.contacts.flatMap((c) => (c.service ? [c.service] : [])));
  const shown = new Set<string>();
  const contacts: PathwayContact[] = [];
  for (const contact of ending.contacts) {
    for (const one of fillContact(contact, preferred, shown, ctx)) {
      shown.add(one.service);
      contacts.push(one);
    }
  }
  return { ...ending, contacts };
}

function fillContact(contact: PathwayContactData, preferred: ReadonlySet<string>, shown: ReadonlySet<string>, ctx: FillContext) {
  const { service, role, area } = contact;
  const got: PathwayContact[] = [];
  if (service && ctx.byId.has(service) && !shown.has(service)) got.push({ ...contact, service });
  if (!role) return got;
  // The kind of contact only: the preferred service's advice is not copied onto others.
  const asRole = (id: string): PathwayContact => ({ role, service: id, ...(area ? { area } : {}) });
  const part = ctx.parts.find((p) => p.id === area);
  const candidates = ctx.services
    .filter((s) => s.roles.includes(role) && !preferred.has(s.id) && !shown.has(s.id))
    .map((s) => ({ s, cover: part ? coverage(s, part) : s.ladCodes === 'all' ? 2 : 0 }))
    .filter((c) => c.cover > 0)
    .sort(
      (a, b) =>
        b.cover - a.cover ||
        Number(b.s.hasPhone) - Number(a.s.hasPhone) ||
        a.s.name.localeCompare(b.s.name, 'en') ||
        a.s.id.localeCompare(b.s.id),
    );
  for (const { s } of candidates) {
    if (got.length >= ROLE_FILL_LIMIT) break;
    got.push(asRole(s.id));
  }
  if (got.length > 0) return got;
  const where = area ?? 'the whole area';
  const fallback = (ctx.core[role]?.[area ?? ''] ?? []).find((id) => ctx.byId.has(id));
  if (!fallback) {
    ctx.warn(`role "${role}" for ${where}: nothing in the catalogue fills it and it has no core contact, so this contact is left out`);
    return got;
  }
  ctx.warn(`role "${role}" for ${where}: nothing in the catalogue fills it, so the ending shows its core contact ${fallback}`);
  // Already in this ending (shown above or preferred below): it covers the role there.
  return shown.has(fallback) || preferred.has(fallback) ? got : [asRole(fallback)];
}
