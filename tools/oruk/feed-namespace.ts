/**
 * Two councils' feeds may use the same ids ("1", "2", … or the same supplier's numbering), and
 * the build joins every layer into one catalogue, where an id must name one record. So every id a
 * feed layer holds is put in its feed's namespace: "<feed id>:<the feed's id>" ("herts:1"), and
 * every reference to it (organization_id, service_id, location_id, contact_id, phone_id, an
 * attribute's link_id) is rewritten the same way. It is always done, not only on a clash, so a
 * service keeps its id from one import to the next whatever other feeds come and go: a saved
 * service or a shared link (/services/herts:1) still opens it. The vocabulary (taxonomies and
 * terms) is shared, not namespaced. Pure.
 */
import { TABLE_NAMES, type CatalogueFiles } from '../../src/features/catalogue/oruk';

const SHARED_VOCABULARY = new Set(['taxonomies', 'taxonomy_terms']);
/** Fields that hold an id of the same layer (attributes' taxonomy_term_id names the shared vocabulary). */
const REFERENCES = ['id', 'organization_id', 'service_id', 'location_id', 'contact_id', 'phone_id', 'link_id'];

/** The app's id for a feed's record id. */
export const namespacedId = (feedId: string, id: string): string => `${feedId}:${id}`;

export function namespaceIds(files: CatalogueFiles, feedId: string): CatalogueFiles {
  const out: Record<string, unknown> = { ...files };
  for (const table of TABLE_NAMES) {
    if (SHARED_VOCABULARY.has(table)) continue;
    out[table] = (files[table] as unknown as Record<string, unknown>[]).map((row) => {
      const copy = { ...row };
      for (const field of REFERENCES) {
        const value = copy[field];
        if (typeof value === 'string' && value !== '') copy[field] = namespacedId(feedId, value);
      }
      return copy;
    });
  }
  return out as unknown as CatalogueFiles;
}
