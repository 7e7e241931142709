// Sanity checks on the built tables; the build fails rather than write a broken catalogue.

const URGENT_RULE = ['cat-urgent-help', 'stage-preconception', 'stage-pregnancy', 'stage-babies-toddlers', 'stage-early-years'];

function fail(message) {
  throw new Error(`Catalogue check failed: ${message}`);
}

/** Ids unique per table, references resolve, no empty optional fields, every service tagged. */
export function checkCatalogue(t) {
  const ids = {};
  for (const [name, rows] of Object.entries(t)) {
    ids[name] = new Set();
    for (const r of rows) {
      if (ids[name].has(r.id)) fail(`duplicate id ${r.id} in ${name}`);
      ids[name].add(r.id);
      for (const [k, v] of Object.entries(r)) {
        if (v === null || v === '' || (Array.isArray(v) && !v.length)) fail(`${r.id}.${k} is empty`);
      }
    }
  }
  const ref = (table, id, from) => ids[table].has(id) || fail(`${from} points to missing ${table} ${id}`);
  for (const s of t.services) {
    ref('organizations', s.organization_id, s.id);
    if (!s.source_url?.length) fail(`${s.id} has no source_url`);
    if (s.url && !s.website_source_date) fail(`${s.id} website has no source date`);
    if (s.email && !s.email_source_date) fail(`${s.id} email has no source date`);
    if (!t.service_areas.some((a) => a.service_id === s.id)) fail(`${s.id} has no service area`);
  }
  for (const r of [...t.phones, ...t.schedules, ...t.addresses]) {
    if (!r.source_url?.length || !r.source_date) fail(`${r.id} has no source page or source date`);
  }
  for (const r of t.addresses) ref('locations', r.location_id, r.id);
  for (const r of t.service_at_locations) {
    ref('services', r.service_id, r.id);
    ref('locations', r.location_id, r.id);
  }
  for (const r of t.contacts) ref('services', r.service_id, r.id);
  for (const r of t.phones) ref('contacts', r.contact_id, r.id);
  for (const table of ['schedules', 'cost_options', 'languages', 'service_areas']) {
    for (const r of t[table]) ref('services', r.service_id, r.id);
  }
  for (const r of t.accessibility) ref('locations', r.location_id, r.id);
  for (const r of t.taxonomy_terms) ref('taxonomies', r.taxonomy_id, r.id);
  for (const r of t.attributes) {
    ref('services', r.link_id, r.id);
    ref('taxonomy_terms', r.taxonomy_term_id, r.id);
  }

  const termsOf = (id) => t.attributes.filter((a) => a.link_id === id).map((a) => a.taxonomy_term_id);
  for (const s of t.services) {
    const terms = termsOf(s.id);
    if (!terms.some((x) => x.startsWith('stage-'))) fail(`${s.id} has no life stage`);
    if (!terms.some((x) => x.startsWith('cat-'))) fail(`${s.id} has no category`);
    if (terms.includes('cat-urgent-help') && !URGENT_RULE.every((x) => terms.includes(x))) {
      fail(`${s.id} is urgent help but is missing a life stage`);
    }
  }
  for (const p of t.phones) {
    const digits = p.number.replace(/ /g, '');
    const ok =
      /^0[123578]\d{8,9}$/.test(digits) ||
      ['111', '999'].includes(digits) ||
      /^116\d{3}$/.test(digits) ||
      /^18001/.test(digits) ||
      (p.text_only && /^\d{5}$/.test(digits));
    if (!ok) fail(`${p.id} number ${p.number} does not look like a UK number`);
  }
}
