/**
 * The parts of a nested service record that ORUK v1 and 3.0 share (they differ mostly in key
 * names): organization, locations with addresses and accessibility, contacts with phones,
 * schedules and cost options. from-v1.ts and from-v3.ts add what differs.
 */
import {
  dateOf,
  emptyDraft,
  field,
  idOf,
  languageCode,
  normalisePhone,
  normaliseTime,
  postcode,
  serviceArea,
  website,
  type Draft,
  type MapContext,
} from './draft';
import { metadataDate } from './feed-date';
import { scheduleRepeat } from './schedule-repeat';
import { compact, list, num, str, isRec, type Rec } from './text';

export interface Dialect {
  addresses: string;
  accessibility: string;
  schedules: string;
  /** The organization's website key: v1 "url", 3.0 "website". */
  website: string;
}

const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 1e6) / 1e6);

/** Ages above 25 mean "no upper limit" in most feeds; the catalogue stores 0–25. */
export function ageOf(d: Draft, sid: string, name: string, v: unknown): number | undefined {
  const n = num(v);
  if (n === undefined || (n >= 0 && n <= 25)) return n;
  d.notes.push({
    kind: 'field-dropped',
    table: 'services',
    id: sid,
    field: name,
    reason: `${n} is outside 0–25 years: left out (no limit)`,
  });
  return undefined;
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string') : undefined);

/** Our own export's per-fact source (page and its date; national numbers marked): kept as it is. */
function factSourceOf(r: Rec): Rec {
  return {
    source_url: strings(r.source_url),
    source_date: str(r.source_date),
    national_number: r.national_number === true ? true : undefined,
  };
}

/** Our own export's service extensions: fact pages and dates, a recorded verification, the rules section. */
function ourServiceExtensions(raw: Rec): Rec {
  return {
    website_source: strings(raw.website_source),
    website_source_date: str(raw.website_source_date),
    email_source: strings(raw.email_source),
    email_source_date: str(raw.email_source_date),
    verified_on: str(raw.verified_on),
    verified_by_role: str(raw.verified_by_role),
    verified_how: str(raw.verified_how),
    rules_from: str(raw.rules_from),
  };
}

/** v1 addresses often give no county: the postcode's, from the app's own place data, else none. */
function countyFromPostcode(d: Draft, ctx: MapContext, id: string, pc: string | undefined): string | undefined {
  const county = pc ? ctx.places?.countyOfPostcode(pc) : undefined;
  if (!county)
    d.notes.push({
      kind: 'no-county',
      table: 'addresses',
      id,
      field: 'state_province',
      reason: `no county given, and ${pc ? `the postcode ${pc} does not tell` : 'no postcode'}: kept without one`,
    });
  return county;
}

/** A language row, or a note saying why it was dropped; v1 and 3.0 differ only in where the name is. */
export function addLanguage(d: Draft, sid: string, id: string, name: string | undefined, code: unknown, field: string): void {
  const iso = languageCode(code, name);
  if (!iso || !name) {
    const shown = name ?? str(code) ?? '';
    d.notes.push({ kind: 'row-dropped', table: 'languages', id, field, reason: `"${shown}" is not a language we have a code for` });
    return;
  }
  d.rows.languages.push({ id, service_id: sid, name, code: iso });
}

/** A service area from the words a feed gives (a district, county, town or village), or a note saying why not. */
export function addServiceArea(d: Draft, ctx: MapContext, sid: string, id: string, words: string[], field: string): void {
  const mapped = serviceArea(ctx.area, words, ctx.places);
  if (!mapped) {
    const reason = `"${words[0] ?? ''}" is not England, nor a district, county, town or village of the area`;
    d.notes.push({ kind: 'row-dropped', table: 'service_areas', id, field, reason });
    return;
  }
  d.rows.service_areas.push(compact({ id, service_id: sid, ...mapped }));
}

export function mapNested(raw: Rec, ctx: MapContext, dialect: Dialect): Draft {
  const ours = typeof raw.bsf_id === 'string';
  const d = emptyDraft(ctx, ours);
  const sid = idOf(raw, '');
  const feedId = str(raw.id) ?? sid;
  const org = isRec(raw.organization) ? raw.organization : undefined;
  const orgId = org ? idOf(org, str(raw.organization_id) ?? '') : str(raw.organization_id);

  const status = str(raw.status)?.toLowerCase();
  if (status === undefined)
    d.notes.push({ kind: 'field-dropped', table: 'services', id: sid, field: 'status', reason: 'not given: taken as active' });
  // The record's own assured or modified date is kept as it is (the build shows it as the
  // directory's date); a record without one gets none: the import date is never a check.
  const assured = dateOf(raw.assured_date);
  const sourceUrls =
    ours && Array.isArray(raw.source_url)
      ? raw.source_url.filter((u): u is string => typeof u === 'string')
      : ctx.feedUrl
        ? [`${ctx.feedUrl}/services/${encodeURIComponent(feedId)}`]
        : str(raw.url)
          ? [str(raw.url)!]
          : undefined;
  d.service = compact({
    id: sid || undefined,
    organization_id: orgId,
    name: field(d, 'services', sid, 'name', raw.name),
    description: field(d, 'services', sid, 'description', raw.description),
    status: status ?? 'active',
    url: website(d, 'services', sid, 'url', raw.url),
    email: str(raw.email),
    fees: field(d, 'services', sid, 'fees', raw.fees),
    eligibility_description: field(d, 'services', sid, 'eligibility_description', raw.eligibility_description),
    alert: field(d, 'services', sid, 'alert', raw.alert),
    assured_date: assured,
    // ORUK 3.0 records the changes made to a record in its metadata: the latest is when it was modified.
    last_modified: str(raw.last_modified) ?? str(raw.bsf_last_modified) ?? metadataDate(raw),
    source_url: sourceUrls,
    ...(ours ? ourServiceExtensions(raw) : {}),
  });

  if (org && orgId) {
    const name = field(d, 'organizations', orgId, 'name', org.name);
    let description = field(d, 'organizations', orgId, 'description', org.description);
    if (description === undefined && name !== undefined) {
      d.notes.push({
        kind: 'field-dropped',
        table: 'organizations',
        id: orgId,
        field: 'description',
        reason: 'not given: the name is used',
      });
      description = name;
    }
    d.organization = compact({
      id: orgId,
      name,
      description,
      website: website(d, 'organizations', orgId, 'website', org[dialect.website]),
      email: str(org.email),
    });
  }

  list(raw.service_at_locations).forEach((sal, i) => {
    const loc = isRec(sal.location) ? sal.location : undefined;
    if (!loc) {
      d.notes.push({
        kind: 'row-dropped',
        table: 'service_at_locations',
        id: idOf(sal, `${sid}-sal-${i + 1}`),
        field: 'location',
        reason: 'the location is not in the record',
      });
      return;
    }
    const locId = idOf(loc, `${sid}-loc-${i + 1}`);
    const addresses = list(loc[dialect.addresses]).map((a, j) =>
      compact({
        id: idOf(a, `${locId}-addr-${j + 1}`),
        location_id: locId,
        address_1: field(d, 'addresses', locId, 'address_1', a.address_1),
        city: field(d, 'addresses', locId, 'city', a.city),
        state_province:
          field(d, 'addresses', locId, 'state_province', a.state_province) ??
          field(d, 'addresses', locId, 'region', a.region) ??
          countyFromPostcode(d, ctx, idOf(a, `${locId}-addr-${j + 1}`), postcode(a.postal_code)),
        postal_code: postcode(a.postal_code),
        country: str(a.country) ?? 'GB',
        address_type: (ours ? str(a.address_type) : undefined) ?? 'physical',
        ...(ours ? factSourceOf(a) : {}),
      }),
    );
    let lat = round(num(loc.latitude));
    let lon = round(num(loc.longitude));
    if (lat === 0 && lon === 0) lat = lon = undefined; // "0,0" is a feed's way of saying unknown
    const first = addresses[0];
    d.rows.locations.push(
      compact({
        id: locId,
        location_type: str(loc.location_type) ?? 'physical',
        name:
          field(d, 'locations', locId, 'name', loc.name) ?? (first?.address_1 as string | undefined) ?? (first?.city as string | undefined),
        description: field(d, 'locations', locId, 'description', loc.description),
        latitude: lat,
        longitude: lon,
        coordinates_from: ours ? str(loc.coordinates_from) : undefined,
        lad_code: ours ? str(loc.lad_code) : undefined,
      }),
    );
    d.rows.addresses.push(...addresses);
    d.rows.service_at_locations.push({ id: idOf(sal, `${sid}-sal-${i + 1}`), service_id: sid, location_id: locId });
    list(loc[dialect.accessibility]).forEach((a, j) =>
      d.rows.accessibility.push(
        compact({
          id: idOf(a, `${locId}-acc-${j + 1}`),
          location_id: locId,
          description: field(d, 'accessibility', locId, 'description', a.description ?? a.accessibility),
          details: field(d, 'accessibility', locId, 'details', a.details),
        }),
      ),
    );
  });

  const contacts = list(raw.contacts);
  // 3.0 allows phones straight on the service: they get a contact of their own.
  if (list(raw.phones).length > 0) contacts.push({ id: `${sid}-contact`, phones: raw.phones });
  contacts.forEach((c, i) => {
    const cid = idOf(c, `${sid}-contact-${i + 1}`);
    d.rows.contacts.push(
      compact({
        id: cid,
        service_id: sid,
        name: field(d, 'contacts', cid, 'name', c.name),
        title: field(d, 'contacts', cid, 'title', c.title),
      }),
    );
    list(c.phones).forEach((p, j) => {
      const number = str(p.number);
      d.rows.phones.push(
        compact({
          id: idOf(p, `${cid}-phone-${j + 1}`),
          contact_id: cid,
          number: number === undefined ? undefined : normalisePhone(number),
          description: field(d, 'phones', cid, 'description', p.description),
          text_only: ours && p.text_only === true ? true : undefined,
          ...(ours ? factSourceOf(p) : {}),
        }),
      );
    });
  });

  list(raw[dialect.schedules]).forEach((s, i) => {
    const id = idOf(s, `${sid}-schedule-${i + 1}`);
    const repeat = scheduleRepeat(s);
    if ('reason' in repeat) {
      d.notes.push({ kind: 'row-dropped', table: 'schedules', id, ...repeat });
      return;
    }
    d.rows.schedules.push(
      compact({
        id,
        service_id: sid,
        ...repeat,
        opens_at: normaliseTime(s.opens_at),
        closes_at: normaliseTime(s.closes_at),
        valid_from: dateOf(s.valid_from),
        // ORUK's until is the last date the sessions run.
        valid_to: dateOf(s.valid_to) ?? dateOf(s.until),
        description: field(d, 'schedules', id, 'description', s.description),
        notes: field(d, 'schedules', id, 'notes', s.notes),
        // Our own extension: the phone line these hours belong to (its slug, as exported).
        phone_id: ours ? str(s.phone_id) : undefined,
        attending_type: str(s.attending_type),
        ...(ours ? factSourceOf(s) : {}),
      }),
    );
  });

  list(raw.cost_options).forEach((c, i) => {
    const id = idOf(c, `${sid}-cost-${i + 1}`);
    d.rows.cost_options.push(
      compact({
        id,
        service_id: sid,
        option: field(d, 'cost_options', id, 'option', c.option),
        amount: num(c.amount),
        amount_description: field(d, 'cost_options', id, 'amount_description', c.amount_description),
      }),
    );
  });
  return d;
}
