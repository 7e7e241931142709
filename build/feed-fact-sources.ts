/**
 * A feed layer's contact facts (phones, opening times, addresses, website, email) cite the page
 * they came from: the service's own record in the feed (<feed_url>/services/<the feed's id>), dated by the
 * record's assured or modified date, or "undated" when the directory gave none. So the service
 * page's "how old each detail is" judges a council's record as it judges our own sources. A feed
 * read from a file has no page to cite, and its facts stay unsourced (shown as undated). A fact
 * that already names its page (our own export, imported back) keeps it. Pure.
 */
import type { CatalogueFiles, Service } from '../src/features/catalogue/oruk';

type Layer = Partial<Record<keyof CatalogueFiles, { id: string }[]>>;
type Rec = Record<string, unknown>;

const cite = (row: Rec, page: string, date: string): Rec =>
  row.source_url === undefined ? { ...row, source_url: [page], source_date: date } : row;

export function citeFeedRecords(layer: Layer, feedUrl: string | undefined, dateOf: (s: Service) => string | undefined): Layer {
  if (!feedUrl) return layer;
  const services = (layer.services ?? []) as unknown as Service[];
  const base = `${feedUrl.replace(/\/+$/, '')}/services/`;
  // The record's page is under the feed's own id, which the import wrote into source_url; the
  // layer's id is namespaced ("herts:1"), so it is only the fallback for a layer without one.
  const pageOf = new Map(
    services.map((s) => [s.id, s.source_url?.find((u) => u.startsWith(base)) ?? `${base}${encodeURIComponent(s.id)}`]),
  );
  const dated = new Map(services.map((s) => [s.id, dateOf(s) ?? 'undated']));
  const at = (sid: string | undefined, row: Rec): Rec => (sid && pageOf.has(sid) ? cite(row, pageOf.get(sid)!, dated.get(sid)!) : row);
  const serviceOfContact = new Map(((layer.contacts ?? []) as unknown as Rec[]).map((c) => [String(c.id), String(c.service_id)]));
  const serviceOfLocation = new Map(
    ((layer.service_at_locations ?? []) as unknown as Rec[]).map((l) => [String(l.location_id), String(l.service_id)]),
  );
  const rows = (table: keyof CatalogueFiles) => (layer[table] ?? []) as unknown as Rec[];
  return {
    ...layer,
    services: services.map((s) => {
      const page = pageOf.get(s.id)!;
      const date = dated.get(s.id)!;
      return {
        ...s,
        ...(s.url && !s.website_source ? { website_source: [page], website_source_date: date } : {}),
        ...(s.email && !s.email_source ? { email_source: [page], email_source_date: date } : {}),
      };
    }),
    phones: rows('phones').map((p) => at(serviceOfContact.get(String(p.contact_id)), p)),
    schedules: rows('schedules').map((r) => at(String(r.service_id), r)),
    addresses: rows('addresses').map((a) => at(serviceOfLocation.get(String(a.location_id)), a)),
  } as unknown as Layer;
}
