/**
 * ORUK tables → the app's Catalogue (pure; runs at build time inside the Vite plugin and in tests).
 * Assumes the tables have passed validate.ts: references resolve and required fields exist.
 */
import type { Catalogue, FactSourceView, LocationView, ScheduleRepeat, ScheduleView, ServiceView, TermView } from './model';
import { CATEGORY_TAXONOMY, CHILD_OUTCOME_TAXONOMY, OFFER_STRAND_TAXONOMY, LIFE_STAGE_TAXONOMY } from './oruk';
import type { CatalogueFiles, Schedule } from './oruk';
import { DAYS_OF_WEEK } from '../../lib/weekdays';
import { parseByday, parseMonthDays, type BydayEntry } from './recurrence';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** A fact's source as the app shows it; undefined when the record names no page (e.g. an imported feed). */
function factSource(pages: string[] | undefined, date: string | undefined, nationalNumber?: boolean): FactSourceView | undefined {
  if (!pages?.length) return undefined;
  return { urls: pages, date: date ?? 'undated', nationalNumber: nationalNumber || undefined };
}

function buildLocations(files: CatalogueFiles): Map<string, LocationView> {
  const addresses = groupBy(files.addresses, (a) => a.location_id);
  const access = groupBy(files.accessibility, (a) => a.location_id);
  const views = new Map<string, LocationView>();
  for (const loc of files.locations) {
    const address = addresses.get(loc.id)?.[0];
    views.set(loc.id, {
      id: loc.id,
      name: loc.name,
      description: loc.description,
      address: address && {
        line1: address.address_1,
        town: address.city,
        county: address.state_province,
        postcode: address.postal_code,
        source: factSource(address.source_url, address.source_date),
      },
      latitude: loc.latitude,
      longitude: loc.longitude,
      coordinatesFrom: loc.coordinates_from,
      ladCode: loc.lad_code,
      accessibility: (access.get(loc.id) ?? []).map((a) => (a.details ? `${a.description}: ${a.details}` : a.description)),
    });
  }
  return views;
}

/** How a schedule repeats, when it is not simply every week. */
function repeatOf(sch: Schedule, entries: BydayEntry[]): ScheduleRepeat | undefined {
  const interval = sch.interval ?? 1;
  if (sch.freq === 'WEEKLY') return interval > 1 ? { every: 'weeks', interval, start: sch.dtstart } : undefined;
  const monthDays = sch.bymonthday === undefined ? [] : parseMonthDays(sch.bymonthday);
  return {
    every: 'months',
    interval,
    start: sch.dtstart,
    nth: entries.flatMap((e) => (e.week === undefined ? [] : [{ week: e.week, day: e.day }])),
    // The validator has already refused a malformed list.
    monthDays: typeof monthDays === 'string' ? [] : monthDays,
  };
}

function scheduleView(sch: Schedule): ScheduleView {
  // The validator has already refused any other code, so a failed parse only narrows the type.
  const parsed = sch.byday === undefined ? [] : parseByday(sch.byday);
  const entries = typeof parsed === 'string' ? [] : parsed;
  return {
    days: DAYS_OF_WEEK.filter((d) => entries.some((e) => e.day === d)),
    repeat: repeatOf(sch, entries),
    opensAt: sch.opens_at,
    closesAt: sch.closes_at,
    validFrom: sch.valid_from,
    validTo: sch.valid_to,
    description: sch.description,
    note: sch.notes,
    source: factSource(sch.source_url, sch.source_date, sch.national_number),
  };
}

/** Drops keys whose value is undefined, so the shipped JSON stays small and tests compare cleanly. */
function compact<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function normaliseCatalogue(files: CatalogueFiles): Catalogue {
  const organisations = byId(files.organizations);
  const terms = byId(files.taxonomy_terms);
  const locations = buildLocations(files);
  const contacts = byId(files.contacts);
  const phonesByService = groupBy(files.phones, (p) => contacts.get(p.contact_id)?.service_id ?? '');
  const termsByService = groupBy(files.attributes, (a) => a.link_id);
  const sal = groupBy(files.service_at_locations, (s) => s.service_id);
  // A schedule that names a phone line is that line's hours, not the service's.
  const schedules = groupBy(
    files.schedules.filter((s) => !s.phone_id),
    (s) => s.service_id,
  );
  const lineSchedules = groupBy(
    files.schedules.filter((s) => s.phone_id),
    (s) => s.phone_id ?? '',
  );
  const costs = groupBy(files.cost_options, (c) => c.service_id);
  const languages = groupBy(files.languages, (l) => l.service_id);
  const areas = groupBy(files.service_areas, (a) => a.service_id);

  const services: ServiceView[] = files.services
    .filter((s) => s.status === 'active')
    .map((s) => {
      const org = organisations.get(s.organization_id);
      const serviceTerms = (termsByService.get(s.id) ?? []).flatMap((a) => terms.get(a.taxonomy_term_id) ?? []);
      const termIds = (taxonomy: string) => serviceTerms.filter((t) => t.taxonomy_id === taxonomy).map((t) => t.id);
      return {
        id: s.id,
        name: s.name,
        description: s.description,
        organisation: { id: s.organization_id, name: org?.name ?? '', website: org?.website },
        url: s.url,
        email: s.email,
        fees: s.fees,
        minimumAge: s.minimum_age,
        maximumAge: s.maximum_age,
        eligibility: s.eligibility_description,
        alert: s.alert,
        sourceUrls: s.source_url,
        websiteSource: s.url ? factSource(s.website_source, s.website_source_date) : undefined,
        emailSource: s.email ? factSource(s.email_source, s.email_source_date) : undefined,
        verification:
          s.verified_on && s.verified_by_role && s.verified_how
            ? { on: s.verified_on, byRole: s.verified_by_role, how: s.verified_how }
            : undefined,
        rulesFrom: s.rules_from,
        fromFeeds: s.from_feeds,
        lifeStages: termIds(LIFE_STAGE_TAXONOMY),
        categories: termIds(CATEGORY_TAXONOMY),
        childOutcomes: termIds(CHILD_OUTCOME_TAXONOMY),
        offerStrands: termIds(OFFER_STRAND_TAXONOMY),
        phones: (phonesByService.get(s.id) ?? []).map((p) => {
          const own = lineSchedules.get(p.id);
          return {
            number: p.number,
            description: p.description,
            textOnly: p.text_only,
            source: factSource(p.source_url, p.source_date, p.national_number),
            schedules: own?.map(scheduleView),
          };
        }),
        locations: (sal.get(s.id) ?? []).flatMap((link) => locations.get(link.location_id) ?? []),
        schedules: (schedules.get(s.id) ?? []).map(scheduleView),
        costs: (costs.get(s.id) ?? []).map((c) => ({
          option: c.option,
          amount: c.amount,
          amountDescription: c.amount_description,
        })),
        languages: (languages.get(s.id) ?? []).map((l) => ({ name: l.name, code: l.code })),
        areas: (areas.get(s.id) ?? []).map((a) => ({
          name: a.name,
          ladCodes: a.extent_type === 'country' ? ('all' as const) : (a.extent ?? '').split(',').map((c) => c.trim()),
        })),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

  const termViews: TermView[] = files.taxonomy_terms.map((t) => ({
    id: t.id,
    taxonomyId: t.taxonomy_id,
    name: t.name,
    description: t.description,
    termUri: t.term_uri,
  }));

  return compact({ dataset: files.dataset, services, terms: termViews });
}
