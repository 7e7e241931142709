/**
 * Tags one imported service: keeps the feed's own terms (each in a taxonomy of its own), adds
 * our life stages and categories from the mappings and the ages, and falls back to "Other"
 * (category) and every life stage (no ages) with a note, so no active service goes untagged.
 */
import { CATEGORY_TAXONOMY, LIFE_STAGE_TAXONOMY, type TaxonomyTerm } from '../../src/features/catalogue/oruk';
import { isHttpUrl } from '../../src/features/catalogue/validate-fields';
import type { Draft, Note } from './draft';
import { nameKey, type TermMatcher } from './taxonomy-map';
import { compact, type Rec } from './text';
import { safeId } from './safe-ids';

export interface TagTables {
  taxonomies: Map<string, Rec>;
  taxonomy_terms: Map<string, Rec>;
  attributes: Map<string, Rec>;
}

export interface TagContext {
  matcher: TermMatcher;
  other: TaxonomyTerm;
  /** Unknown feed terms: key → name, taxonomy and the services that carry it. */
  unknown: Map<string, { name: string; taxonomy: string; services: Set<string> }>;
}

const taxonomyOf = (tables: TagTables, termId: string) => tables.taxonomy_terms.get(termId)?.taxonomy_id;

/** A feed's taxonomy gets an id of ours, "feed-<name>", unless it is one of ours already. */
function ensureTaxonomy(tables: TagTables, id: string | undefined, name: string | undefined): string {
  if (id && tables.taxonomies.has(id)) return id;
  const label = name ?? id ?? 'Feed terms';
  // safeId: a name in another script ("Catégories") still gives an id a link can carry.
  const ourId = safeId(
    id && /^[\w-]+$/.test(id) && !/^[0-9a-f-]{36}$/i.test(id)
      ? `feed-${nameKey(id).replace(/ /g, '-')}`
      : `feed-${nameKey(label).replace(/ /g, '-') || 'terms'}`,
  );
  if (!tables.taxonomies.has(ourId)) {
    tables.taxonomies.set(ourId, {
      id: ourId,
      name: label,
      description: `Terms from the feed's "${label}" taxonomy, kept as the feed gave them.`,
    });
  }
  return ourId;
}

function link(tables: TagTables, linked: Set<string>, id: string, sid: string, termId: string): void {
  linked.add(termId);
  if (!tables.attributes.has(id)) tables.attributes.set(id, { id, link_type: 'service', link_id: sid, taxonomy_term_id: termId });
}

export function tagService(d: Draft, sid: string, tables: TagTables, ctx: TagContext, notes: Note[]): void {
  const ours = new Set<string>();
  const linked = new Set<string>();
  const unknown: string[] = [];
  for (const term of d.terms) {
    if (!tables.taxonomy_terms.has(term.id)) {
      const taxonomy_id =
        d.ours && term.taxonomy_id && tables.taxonomies.has(term.taxonomy_id)
          ? term.taxonomy_id
          : ensureTaxonomy(tables, term.taxonomy_id, term.taxonomy_name);
      tables.taxonomy_terms.set(
        term.id,
        compact({
          id: term.id,
          name: term.name,
          description: term.description ?? term.name,
          taxonomy_id,
          parent_id: term.parent_id,
          term_uri: term.term_uri && isHttpUrl(term.term_uri) ? term.term_uri : undefined,
        }),
      );
    }
    link(tables, linked, term.attribute_id ?? `${sid}--${term.id}`, sid, term.id);
    if (d.ours) continue;
    const mapped = ctx.matcher.match({
      id: term.id,
      name: term.name,
      term_uri: term.term_uri,
      vocabulary: term.taxonomy_name ?? term.taxonomy_id,
    });
    const own = [LIFE_STAGE_TAXONOMY, CATEGORY_TAXONOMY].includes(String(taxonomyOf(tables, term.id)));
    if (mapped) mapped.forEach((t) => ours.add(t));
    else if (!own) unknown.push(term.id);
  }
  // Our own export is already tagged as we want it: mapping again would only add noise.
  if (d.ours) return;
  for (const t of ours) if (tables.taxonomy_terms.has(t)) link(tables, linked, `${sid}--${t}`, sid, t);

  const has = (taxonomy: string) => [...linked].some((termId) => taxonomyOf(tables, termId) === taxonomy);
  if (!has(LIFE_STAGE_TAXONOMY)) {
    const min = d.service.minimum_age as number | undefined;
    const max = d.service.maximum_age as number | undefined;
    let stages = ctx.matcher.stagesFromAges(min, max);
    if (stages.length === 0) {
      stages = [...tables.taxonomy_terms.values()].filter((t) => t.taxonomy_id === LIFE_STAGE_TAXONOMY).map((t) => String(t.id));
      notes.push({
        kind: 'all-life-stages',
        table: 'services',
        id: sid,
        field: 'minimum_age',
        reason: 'no ages and no life-stage term: shown under every life stage',
      });
    }
    for (const s of stages) link(tables, linked, `${sid}--${s}`, sid, s);
  }
  const hasCategory = has(CATEGORY_TAXONOMY);
  if (!hasCategory) {
    if (!tables.taxonomy_terms.has(ctx.other.id)) tables.taxonomy_terms.set(ctx.other.id, { ...ctx.other });
    link(tables, linked, `${sid}--${ctx.other.id}`, sid, ctx.other.id);
  }
  for (const id of unknown) {
    const term = tables.taxonomy_terms.get(id)!;
    const taxonomy = String(tables.taxonomies.get(String(term.taxonomy_id))?.name ?? term.taxonomy_id);
    const key = `${taxonomy}|${String(term.name)}`;
    const entry = ctx.unknown.get(key) ?? { name: String(term.name), taxonomy, services: new Set<string>() };
    entry.services.add(sid);
    ctx.unknown.set(key, entry);
    notes.push({
      kind: 'unknown-taxonomy',
      table: 'attributes',
      id: sid,
      field: 'taxonomy_term',
      reason: `"${String(term.name)}" (${taxonomy}) has no mapping: ${hasCategory ? 'kept on the service, which has a category from its other terms' : 'listed under "Other"'}`,
    });
  }
}
