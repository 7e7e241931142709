// Checks on the built tables; the build fails rather than write a broken catalogue.
// Whether the tables are a valid catalogue (ids, references, field formats, phone numbers,
// tagging) is the app build's own validator's call, src/features/catalogue/validate.ts, loaded
// through scripts/lib/load-ts.mjs as every script loads the app's TypeScript: one rule for each fact, so this
// build cannot pass what `npm run build` then refuses. The checks below are what a catalogue built
// from our sourced CSVs must have beyond that: a source for every fact, an area for every service,
// and urgent help tagged for every life stage.
import { loadTs } from '../../lib/load-ts.mjs';

const URGENT_RULE = ['cat-urgent-help', 'stage-preconception', 'stage-pregnancy', 'stage-babies-toddlers', 'stage-early-years'];

function fail(message) {
  throw new Error(`Catalogue check failed: ${message}`);
}

const loadValidator = () => loadTs('src/features/catalogue/validate.ts');

/** Throws with every problem the build's validator finds, then with the first missing source. */
export async function checkCatalogue(tables, dataset, area, options = {}) {
  const { validateCatalogue, formatProblem, parseAreaConfig } = await loadValidator();
  const problems = validateCatalogue({ dataset, ...tables }, parseAreaConfig(area), options);
  if (problems.length > 0) fail(`\n${problems.map(formatProblem).join('\n')}`);

  for (const s of tables.services) {
    if (!s.source_url?.length) fail(`${s.id} has no source_url`);
    if (s.url && !s.website_source_date) fail(`${s.id} website has no source date`);
    if (s.email && !s.email_source_date) fail(`${s.id} email has no source date`);
    if (!tables.service_areas.some((a) => a.service_id === s.id)) fail(`${s.id} has no service area`);
  }
  for (const r of [...tables.phones, ...tables.schedules, ...tables.addresses]) {
    if (!r.source_url?.length || !r.source_date) fail(`${r.id} has no source page or source date`);
  }
  const termsOf = (id) => tables.attributes.filter((a) => a.link_id === id).map((a) => a.taxonomy_term_id);
  for (const s of tables.services) {
    const terms = termsOf(s.id);
    if (terms.includes('cat-urgent-help') && !URGENT_RULE.every((x) => terms.includes(x))) {
      fail(`${s.id} is urgent help but is missing a life stage`);
    }
  }
}
