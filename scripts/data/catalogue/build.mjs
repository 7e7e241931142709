// Turns the curated selection into the ORUK tables. Contact facts are copied from the
// source rows named in the selection; nothing here types a number, address or URL.
import { cell, factSource, fill, row, sourceUrls } from './csv.mjs';
import { phoneFromRow } from './phones.mjs';

/**
 * The date the catalogue was built from its sources, labelled as such (never as a check).
 * SOURCE_DATE_EPOCH (the reproducible-builds convention) pins it so a rebuild gives no diff.
 */
export function buildDate(env = process.env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/**
 * A national number fixed by law or the NHS (999, 111, ...) is cited to its official page
 * instead of the row it was read from, and is marked so the app gives it no age warning.
 */
function nationalNumber(src, number) {
  const fixed = src.nationalNumbers.get(number);
  if (!fixed) return undefined;
  return {
    source_url: [fixed.source_url],
    source_date: fixed.source_date || 'undated',
    national_number: true,
  };
}

/** Opening hours for a national number whose official page also states its hours. */
function nationalHours(src, rowId) {
  const number = (row(src, rowId).phone ?? '').trim();
  const fixed = src.nationalNumbers.get(number);
  return fixed?.hours_quote ? nationalNumber(src, number) : undefined;
}

/** The recorded verification for a service (who, in role terms, how and when), if any. */
function verification(src, id) {
  const v = src.verifications.get(id);
  if (!v) return {};
  if (!v.verified_on || !v.verified_by_role || !v.verified_how) throw new Error(`Verification of ${id} must say when, who and how`);
  return { verified_on: v.verified_on, verified_by_role: v.verified_by_role, verified_how: v.verified_how };
}

/**
 * The service areas the selection names, with their names in the catalogue. A county's districts
 * are read from data/area.json (see serviceAreasFrom), so the codes live in one place.
 */
const SELECTION_AREAS = {
  country: { name: 'England' },
  herts: { name: 'Hertfordshire', county: 'Hertfordshire' },
  'west-essex': { name: 'West Essex (Epping Forest, Harlow and Uttlesford)', county: 'Essex' },
};

/** Each selection area as an ORUK service area: the whole country, or its county's districts in area.json. */
export function serviceAreasFrom(area) {
  return Object.fromEntries(
    Object.entries(SELECTION_AREAS).map(([key, { name, county }]) => {
      if (!county) return [key, { name, extent_type: 'country' }];
      const codes = area.districts.filter((d) => d.county === county).map((d) => d.lad_code);
      if (codes.length === 0) throw new Error(`data/area.json has no district in ${county}, which the selection's area "${key}" needs`);
      return [key, { name, extent_type: 'lad_codes', extent: codes.join(',') }];
    }),
  );
}

const TOWN_CENTRE = 'Town centre (GeoNames), not the building';

/** Drop undefined fields so optional fields are left out, never null. */
function clean(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ''));
}

const slugify = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The location's key, with "{town}" replaced by the town's slug. */
function locationKey(src, spec) {
  const town = spec.townFrom ? cell(src, spec.townFrom, 'town') : spec.place;
  return { town, key: spec.key.replace('{town}', slugify(town)) };
}

function buildLocation(src, spec, tables) {
  const { town, key } = locationKey(src, spec);
  // The town comes from a source row (townFrom, or `from` for a fixed place); the address cites it.
  const townRow = spec.townFrom ?? spec.from;
  if (!townRow) throw new Error(`Location ${key} must name the row its town comes from`);
  const id = `loc-${key}`;
  if (tables.locations.some((l) => l.id === id)) return id;
  const place = src.places.get(town);
  if (!place) throw new Error(`No place row for ${town}`);
  if (place.coord_quality !== 'place') throw new Error(`${town} has only an approximate coordinate`);
  tables.locations.push(
    clean({
      id,
      location_type: 'physical',
      name: fill(src, spec.name.replace('{town}', town)),
      description: spec.description,
      latitude: Number(place.latitude),
      longitude: Number(place.longitude),
      coordinates_from: TOWN_CENTRE,
      lad_code: place.lad_code,
    }),
  );
  tables.addresses.push({
    id: `addr-${key}`,
    location_id: id,
    city: place.name,
    state_province: place.county,
    country: 'GB',
    address_type: 'physical',
    ...factSource(src, townRow),
  });
  return id;
}

/**
 * A source may print a website as http://; families get the https:// address of the same site
 * (the validator accepts https only, as the feed importer does: an http page can be altered on the way).
 */
const httpsWebsite = (url) => url.replace(/^http:\/\//i, 'https://');

/** The id of the service's phone a schedule gives the hours of: `true` for its unkeyed phone, else the phone's key. */
function linePhoneId(spec, key) {
  const phone = spec.phones?.find((p) => (key === true ? !p.key : p.key === key));
  if (!phone)
    throw new Error(`svc-${spec.id}: a schedule names phone ${key === true ? '(unkeyed)' : key}, which the service does not list`);
  return phone.key ? `ph-${spec.id}-${phone.key}` : `ph-${spec.id}`;
}

/** A caveat shown with the hours must be the source's own words. */
function sourceNote(words, note, rowId) {
  if (!words.includes(note)) throw new Error(`Row ${rowId} hours do not say "${note}"`);
  return note;
}

/** Add one selected service, and its phones, schedules, places and tags, to the tables. */
export function addService(src, spec, tables, serviceAreas) {
  const slug = spec.id;
  const id = `svc-${slug}`;
  const used = new Set(spec.rows);
  const from = (rowId) => {
    used.add(rowId);
    return rowId;
  };

  const service = clean({
    id,
    organization_id: `org-${spec.org}`,
    name: spec.name,
    description: fill(src, spec.description, used),
    status: 'active',
    url: spec.url && httpsWebsite(cell(src, from(spec.url), 'website')),
    website_source: spec.url && sourceUrls(src, spec.url),
    website_source_date: spec.url && factSource(src, spec.url).source_date,
    email: spec.email && cell(src, from(spec.email), 'email'),
    email_source: spec.email && sourceUrls(src, spec.email),
    email_source_date: spec.email && factSource(src, spec.email).source_date,
    fees: spec.fees,
    minimum_age: spec.minimumAge,
    maximum_age: spec.maximumAge,
    eligibility_description: spec.eligibility && fill(src, spec.eligibility, used),
    alert: spec.alert && fill(src, spec.alert, used),
    rules_from: spec.rulesFrom,
  });

  if (spec.phones?.length) {
    tables.contacts.push({ id: `con-${slug}`, service_id: id });
    for (const p of spec.phones) {
      from(p.from);
      const number = phoneFromRow(src, p);
      tables.phones.push(
        clean({
          id: p.key ? `ph-${slug}-${p.key}` : `ph-${slug}`,
          contact_id: `con-${slug}`,
          number,
          description: p.description,
          text_only: p.textOnly ? true : undefined,
          ...(nationalNumber(src, number) ?? factSource(src, p.from)),
        }),
      );
    }
  }

  for (const s of spec.schedules ?? []) {
    const r = row(src, from(s.from));
    const words = (r.phone_hours || r.opening_or_hours || '').trim();
    if (!words) throw new Error(`Row ${s.from} states no hours`);
    tables.schedules.push(
      clean({
        id: s.key ? `sch-${slug}-${s.key}` : `sch-${slug}`,
        service_id: id,
        freq: 'WEEKLY',
        byday: s.byday,
        opens_at: s.opens,
        closes_at: s.closes,
        valid_from: s.validFrom,
        description: s.label ? `${s.label}: ${words}` : words,
        notes: s.note && sourceNote(words, s.note, s.from),
        attending_type: s.attending ?? 'phone',
        phone_id: s.phone === undefined ? undefined : linePhoneId(spec, s.phone),
        ...(nationalHours(src, s.from) ?? factSource(src, s.from)),
      }),
    );
  }

  for (const c of spec.costs ?? []) {
    tables.cost_options.push(clean({ id: `cost-${slug}${c.key ? `-${c.key}` : ''}`, service_id: id, ...c, key: undefined }));
  }

  for (const loc of spec.locations ?? []) {
    if (loc.townFrom) from(loc.townFrom);
    if (loc.from) from(loc.from);
    const locationId = buildLocation(src, loc, tables);
    tables.service_at_locations.push({ id: `sal-${slug}-${locationKey(src, loc).key}`, service_id: id, location_id: locationId });
  }

  const area = serviceAreas[spec.area];
  if (!area) throw new Error(`${id}: unknown area ${spec.area}`);
  tables.service_areas.push({ id: `area-${slug}`, service_id: id, ...area });

  for (const term of new Set(spec.terms)) {
    tables.attributes.push({ id: `attr-${slug}-${term}`, link_type: 'service', link_id: id, taxonomy_term_id: term });
  }

  const ids = [...used];
  // Every page a fact cites, the official pages of national numbers included.
  const factPages = [...tables.phones, ...tables.schedules]
    .filter((f) => f.contact_id === `con-${slug}` || f.service_id === id)
    .flatMap((f) => f.source_url);
  service.source_url = [...new Set([...ids.flatMap((r) => sourceUrls(src, r)), ...factPages])];
  Object.assign(service, verification(src, id));
  tables.services.push(service);
}
