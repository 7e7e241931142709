/**
 * Our catalogue → ORUK 3.0 (HSDS 3.0 UK profile): one fully nested record per service, as
 * GET /services/{id} returns it, plus the taxonomy tables. Ids become UUIDs (uuid.ts); our own
 * id and extension fields ride along as extra properties (bsf_id, source_url, source_date, verified_on, ...),
 * which the profile's schemas allow, so from-v3.ts can give back exactly the same catalogue.
 * Node-only (node:crypto, through uuid.ts); no file access.
 */
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { compact, type Rec } from './text';
import { uuidFor } from './uuid';

/** RFC 3339 date-time, as the profile's last_modified format requires. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function groupBy<T extends Rec>(rows: readonly T[], field: string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(String(r[field]), [...(out.get(String(r[field])) ?? []), r]);
  return out;
}

/** A row with its id turned into a UUID and the slug kept as bsf_id; `refs` maps reference fields to tables. */
function row(table: string, r: Rec, refs: Record<string, string> = {}): Rec {
  const out: Rec = { ...r, id: uuidFor(table, String(r.id)), bsf_id: r.id };
  for (const [field, target] of Object.entries(refs)) if (typeof r[field] === 'string') out[field] = uuidFor(target, r[field] as string);
  return out;
}

export interface V3Export {
  services: Rec[];
  taxonomies: Rec[];
  taxonomy_terms: Rec[];
  /** Like GET / : what this is, plus our dataset.json as bsf_dataset. */
  meta: Rec;
}

export function toV3(files: CatalogueFiles): V3Export {
  const f = files as unknown as Record<string, Rec[]>;
  const by = (table: string, field: string) => groupBy(f[table] ?? [], field);
  const orgs = new Map((f.organizations ?? []).map((o) => [String(o.id), o]));
  const locations = new Map((f.locations ?? []).map((l) => [String(l.id), l]));
  const taxonomies = new Map((f.taxonomies ?? []).map((t) => [String(t.id), t]));
  const terms = new Map((f.taxonomy_terms ?? []).map((t) => [String(t.id), t]));
  const addresses = by('addresses', 'location_id');
  const access = by('accessibility', 'location_id');
  const sals = by('service_at_locations', 'service_id');
  const contacts = by('contacts', 'service_id');
  const phones = by('phones', 'contact_id');
  const kids = (table: string) => by(table, 'service_id');
  const schedules = kids('schedules');
  const costs = kids('cost_options');
  const languages = kids('languages');
  const areas = kids('service_areas');
  const attributes = by('attributes', 'link_id');

  const term = (id: string): Rec => {
    const t = terms.get(id) ?? { id, name: id, description: id, taxonomy_id: '' };
    const taxonomy = taxonomies.get(String(t.taxonomy_id));
    return compact({
      ...row('taxonomy_terms', t, { taxonomy_id: 'taxonomies', parent_id: 'taxonomy_terms' }),
      taxonomy: taxonomy?.name,
      bsf_taxonomy_id: t.taxonomy_id,
      bsf_parent_id: t.parent_id,
    });
  };

  const location = (id: string): Rec =>
    compact({
      ...row('locations', locations.get(id) ?? { id }),
      // The profile requires address_1 and postal_code: "" says "not known" without inventing one.
      addresses: (addresses.get(id) ?? []).map((a) => ({
        address_1: '',
        postal_code: '',
        ...row('addresses', a, { location_id: 'locations' }),
      })),
      accessibility: (access.get(id) ?? []).map((a) => row('accessibility', a, { location_id: 'locations' })),
    });

  const services = (f.services ?? []).map((s) => {
    const sid = String(s.id);
    const out: Rec = row('services', s, { organization_id: 'organizations' });
    if (typeof s.last_modified === 'string' && !DATE_TIME.test(s.last_modified)) {
      out.bsf_last_modified = s.last_modified;
      delete out.last_modified;
    }
    const org = orgs.get(String(s.organization_id));
    if (org) out.organization = row('organizations', org);
    out.service_at_locations = (sals.get(sid) ?? []).map((x) => ({
      ...row('service_at_locations', x, { service_id: 'services', location_id: 'locations' }),
      location: location(String(x.location_id)),
    }));
    out.contacts = (contacts.get(sid) ?? []).map((c) => ({
      ...row('contacts', c, { service_id: 'services' }),
      phones: (phones.get(String(c.id)) ?? []).map((p) => row('phones', p, { contact_id: 'contacts' })),
    }));
    const child = (table: string, rows: Map<string, Rec[]>) => (rows.get(sid) ?? []).map((r) => row(table, r, { service_id: 'services' }));
    out.schedules = child('schedules', schedules);
    out.cost_options = child('cost_options', costs);
    out.languages = child('languages', languages);
    out.service_areas = child('service_areas', areas);
    out.attributes = (attributes.get(sid) ?? []).map((a) => ({
      ...row('attributes', a, { link_id: 'services', taxonomy_term_id: 'taxonomy_terms' }),
      link_entity: 'service',
      taxonomy_term: term(String(a.taxonomy_term_id)),
    }));
    return out;
  });

  return {
    services,
    taxonomies: [...taxonomies.values()].map((t) => row('taxonomies', t)),
    taxonomy_terms: [...terms.keys()].map(term),
    meta: {
      version: '3.0.0',
      profile: 'https://github.com/openreferral/uk-profile',
      bsf_dataset: files.dataset,
    },
  };
}

/** A 3.0 Page (openapi.json components/schemas/Page) holding every record at once. */
export function asPage(contents: Rec[]): Rec {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
