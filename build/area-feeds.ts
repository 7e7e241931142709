/**
 * Node-only: the optional `feeds` list of data/area.json, the Open Referral UK feeds
 * `npm run refresh` re-imports. Checked where the area file is read (readArea), so a mistake
 * stops the build and the refresh with the field at fault, not halfway through an import.
 */
import type { AreaFeed } from '../src/features/catalogue/validate';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns the feeds (empty when none are configured); throws naming feeds[i] and the field if one is wrong. */
export function parseAreaFeeds(value: unknown): AreaFeed[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error('area.json: feeds must be a list of { id, name, source }');
  const ids = new Set<string>();
  return value.map((feed: unknown, i) => {
    const at = `area.json: feeds[${i}]`;
    if (!isRecord(feed)) throw new Error(`${at} must be { id, name, source }`);
    const { id, name, source } = feed;
    // The id is the layer's folder, data/feeds/<id>/, so it must be safe as a folder name.
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      throw new Error(`${at} id: ${JSON.stringify(id)} must be lower-case letters, digits and hyphens (the layer's folder name)`);
    }
    if (ids.has(id)) throw new Error(`${at} id: "${id}" appears twice`);
    ids.add(id);
    if (typeof name !== 'string' || name.trim() === '') {
      throw new Error(`${at} (${id}) name: must be the directory's name, as the service page shows it ("From <name>'s directory")`);
    }
    // A feed address travels over the open internet on a schedule: plain http could be altered on the way.
    if (typeof source !== 'string' || source.trim() === '' || /^http:\/\//i.test(source)) {
      throw new Error(
        `${at} (${id}) source: ${JSON.stringify(source)} must be an https:// feed address, or a file or folder of saved pages`,
      );
    }
    return { id, name, source };
  });
}
