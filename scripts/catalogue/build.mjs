// Turns the curated selection into the ORUK tables. Contact facts are copied from the
// source rows named in the selection; nothing here types a number, address or URL.
import { cell, fill, newestSourceDate, row, sourceUrls } from './csv.mjs';
import { phoneFromRow } from './phones.mjs';

export const CHECKED_ON = '2026-11-25';

const AREAS = {
  country: { name: 'England', extent_type: 'country' },
  herts: {
    name: 'Hertfordshire',
    extent_type: 'lad_codes',
    extent: 'E07000095,E07000096,E07000242,E07000098,E07000099,E07000240,E07000243,E07000102,E07000103,E07000241',
  },
  'west-essex': {
    name: 'West Essex (Epping Forest, Harlow and Uttlesford)',
    extent_type: 'lad_codes',
    extent: 'E07000072,E07000073,E07000077',
  },
};

const TOWN_CENTRE = 'Town centre (GeoNames), not the building';

/** Drop undefined fields so optional fields are left out, never null. */
function clean(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ''));
}

const slugify = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The location's key, with "{town}" replaced by the town's slug. */
function locationKey(src, spec) {
  const town = spec.townFrom ? cell(src, spec.townFrom, 'town') : spec.place;
  return { town, key: spec.key.replace('{town}', slugify(town)) };
}

function buildLocation(src, spec, tables) {
  const { town, key } = locationKey(src, spec);
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
  });
  return id;
}

/**
 * A source may print a website as http://; families get the https:// address of the same site
 * (the validator accepts https only, as the feed importer does: an http page can be altered on the way).
 */
const httpsWebsite = (url) => url.replace(/^http:\/\//i, 'https://');

/** Add one selected service, and its phones, schedules, places and tags, to the tables. */
export function addService(src, spec, tables) {
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
    email: spec.email && cell(src, from(spec.email), 'email'),
    fees: spec.fees,
    minimum_age: spec.minimumAge,
    maximum_age: spec.maximumAge,
    eligibility_description: spec.eligibility && fill(src, spec.eligibility, used),
    alert: spec.alert && fill(src, spec.alert, used),
  });

  if (spec.phones?.length) {
    tables.contacts.push({ id: `con-${slug}`, service_id: id });
    for (const p of spec.phones) {
      from(p.from);
      tables.phones.push(
        clean({
          id: p.key ? `ph-${slug}-${p.key}` : `ph-${slug}`,
          contact_id: `con-${slug}`,
          number: phoneFromRow(src, p),
          description: p.description,
          text_only: p.textOnly ? true : undefined,
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
        attending_type: s.attending ?? 'phone',
      }),
    );
  }

  for (const c of spec.costs ?? []) {
    tables.cost_options.push(clean({ id: `cost-${slug}${c.key ? `-${c.key}` : ''}`, service_id: id, ...c, key: undefined }));
  }

  for (const loc of spec.locations ?? []) {
    if (loc.townFrom) from(loc.townFrom);
    const locationId = buildLocation(src, loc, tables);
    tables.service_at_locations.push({ id: `sal-${slug}-${locationKey(src, loc).key}`, service_id: id, location_id: locationId });
  }

  const area = AREAS[spec.area];
  if (!area) throw new Error(`${id}: unknown area ${spec.area}`);
  tables.service_areas.push({ id: `area-${slug}`, service_id: id, ...area });

  for (const term of new Set(spec.terms)) {
    tables.attributes.push({ id: `attr-${slug}-${term}`, link_type: 'service', link_id: id, taxonomy_term_id: term });
  }

  const ids = [...used];
  service.source_url = [...new Set(ids.flatMap((r) => sourceUrls(src, r)))];
  service.checked_on = CHECKED_ON;
  const sourceDate = newestSourceDate(src, ids);
  if (sourceDate) service.source_date = sourceDate;
  tables.services.push(service);
}
