/**
 * The whole import, pure: feed documents (already read by fetch-source.ts) → our catalogue
 * tables and a report. Each service record is mapped by its version (from-v1.ts / from-v3.ts),
 * then assembled, tagged and validated (assemble.ts).
 */
import type { DatasetInfo, Taxonomy, TaxonomyTerm } from '../../src/features/catalogue/oruk';
import type { AreaConfig } from '../../src/features/catalogue/validate';
import { applyMerges, findDuplicates } from '../../build/duplicate-services';
import { assemble } from './assemble';
import type { Draft } from './draft';
import { fromV1 } from './from-v1';
import { fromV3 } from './from-v3';
import { namespaceIds } from './feed-namespace';
import { pageInfo, versionOf } from './pages';
import { placeLookup, type PlaceLookup } from './places';
import { makeIdsSafe } from './safe-ids';
import { termMatcher, type TaxonomyMappings } from './taxonomy-map';
import { compact, isRec, str, type Rec } from './text';

export type DocumentKind = 'services' | 'taxonomies' | 'taxonomy_terms' | 'meta';

export interface FeedDocument {
  /** File name or URL, used in the report. */
  name: string;
  kind: DocumentKind;
  json: unknown;
}

export interface ImportOptions {
  area: AreaConfig;
  /** YYYY-MM-DD */
  today: string;
  source: string;
  /** The feed's base URL (before /services): each record's source_url is <feedUrl>/services/<id>. */
  feedUrl?: string;
  mappings: TaxonomyMappings;
  /** Our own taxonomies and terms (data/catalogue/taxonomies.json and taxonomy_terms.json). */
  base: { taxonomies: Taxonomy[]; taxonomy_terms: TaxonomyTerm[] };
  publisher?: string;
  /** Counties of postcodes and districts of towns; default: the place data the app ships for the area. */
  places?: PlaceLookup;
  /**
   * The layer's id: every record id is written as "<feedId>:<id>" (feed-namespace.ts), so two feeds
   * with the same ids can both be imported. Left out, or for our own export (whose ids are already
   * the app's), ids are kept as the feed gives them.
   */
  feedId?: string;
}

/** Taxonomy tables carried by our own export (records with bsf_id); a foreign feed's are not needed. */
function ownTaxonomy(docs: FeedDocument[], base: ImportOptions['base'], otherId: string): ImportOptions['base'] {
  // Only our own taxonomies (bsf-*) carry over: terms an earlier import took from a feed do not.
  const taxonomies = new Map(base.taxonomies.filter((t) => t.id.startsWith('bsf-')).map((t) => [t.id, t]));
  const terms = new Map(base.taxonomy_terms.filter((t) => taxonomies.has(t.taxonomy_id) && t.id !== otherId).map((t) => [t.id, t]));
  for (const doc of docs) {
    for (const r of pageInfo(doc.json).records) {
      const id = str(r.bsf_id);
      if (!id) continue;
      if (doc.kind === 'taxonomies') {
        taxonomies.set(id, compact({ id, name: String(r.name), description: String(r.description), uri: str(r.uri) }));
      } else if (doc.kind === 'taxonomy_terms') {
        terms.set(
          id,
          compact({
            id,
            name: String(r.name),
            description: String(r.description),
            taxonomy_id: String(r.bsf_taxonomy_id),
            parent_id: str(r.bsf_parent_id),
            term_uri: str(r.term_uri),
          }),
        );
      }
    }
  }
  return { taxonomies: [...taxonomies.values()], taxonomy_terms: [...terms.values()] };
}

function exportedDataset(docs: FeedDocument[]): Partial<DatasetInfo> | undefined {
  const meta = docs.find((d) => d.kind === 'meta' && isRec(d.json) && isRec(d.json.bsf_dataset));
  return meta ? ((meta.json as Rec).bsf_dataset as Partial<DatasetInfo>) : undefined;
}

export function importFeed(docs: FeedDocument[], opts: ImportOptions) {
  const drafts: Draft[] = [];
  const places = opts.places ?? placeLookup(opts.area);
  for (const doc of docs.filter((d) => d.kind === 'services')) {
    const { records, hint } = pageInfo(doc.json);
    records.forEach((record, i) => {
      const ctx = { area: opts.area, today: opts.today, feedUrl: opts.feedUrl, source: doc.name, position: i + 1, places };
      const draft = versionOf(record, hint) === 'v1' ? fromV1(record, ctx) : fromV3(record, ctx);
      makeIdsSafe(draft);
      drafts.push(draft);
    });
  }
  const assembled = assemble(drafts, {
    area: opts.area,
    today: opts.today,
    source: opts.source,
    matcher: termMatcher(opts.mappings),
    other: opts.mappings.other_term,
    base: ownTaxonomy(docs, opts.base, opts.mappings.other_term.id),
    dataset: exportedDataset(docs),
    publisher: opts.publisher,
  });
  // The same service listed twice under two ids becomes one, keeping every contact fact and source.
  const merges = findDuplicates(assembled.files);
  const merged = applyMerges(assembled.files, merges);
  // The report keeps the feed's own ids (the ones its publisher knows); the layer holds them namespaced.
  // Our own export's ids are already the app's (a saved link names them), so they are kept as they are.
  const ours = drafts.length > 0 && drafts.every((d) => d.ours);
  const files = opts.feedId && !ours ? namespaceIds(merged, opts.feedId) : merged;
  return { files, report: { ...assembled.report, imported: files.services.length, merges } };
}
