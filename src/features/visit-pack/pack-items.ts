/**
 * The visit pack's contents (pure): which services a health visitor has gathered during one
 * visit, each with the pathway ending it came from (for its "what to say"), or none when it was
 * added from a service page. One entry per service: the family needs each number once.
 */

export interface PackItem {
  /** A catalogue service id. */
  service: string;
  /** The pathway and ending the contact was added from; both or neither. */
  pathway?: string;
  ending?: string;
}

// The catalogue validator limits service ids to these characters, and pathway and ending ids
// to the lower-case set, so "~" (inside an item) and "," (between items) never occur in an id.
const SERVICE_ID = /^[A-Za-z0-9._:-]+$/;
const PATHWAY_ID = /^[a-z0-9-]+$/;

export function isPackItem(value: unknown): value is PackItem {
  if (!value || typeof value !== 'object') return false;
  const { service, pathway, ending } = value as Record<string, unknown>;
  if (typeof service !== 'string' || !SERVICE_ID.test(service)) return false;
  if (pathway === undefined && ending === undefined) return true;
  return typeof pathway === 'string' && typeof ending === 'string' && PATHWAY_ID.test(pathway) && PATHWAY_ID.test(ending);
}

/** Stored or linked contents that are not a list of well-formed items: null, never a throw. */
export function itemsFrom(value: unknown): PackItem[] | null {
  if (!Array.isArray(value) || !value.every(isPackItem)) return null;
  return value.map(({ service, pathway, ending }) => (pathway && ending ? { service, pathway, ending } : { service }));
}

export type AddResult = { items: PackItem[]; added: number };

/**
 * Adds each item unless its service is already in the pack. A service added from a service page
 * and later reached through an ending takes the ending's advice, in its place in the list.
 */
export function addItems(items: readonly PackItem[], adding: readonly PackItem[]): AddResult {
  const next = [...items];
  let added = 0;
  for (const item of adding) {
    const at = next.findIndex((existing) => existing.service === item.service);
    if (at < 0) {
      next.push(item);
      added++;
    } else if (item.ending && !next[at]?.ending) {
      next[at] = item;
    }
  }
  return { items: next, added };
}

export function removeItem(items: readonly PackItem[], service: string): PackItem[] {
  return items.filter((item) => item.service !== service);
}

/** "svc-a~concern~end-emergency,svc-b": the pack in a link (the pathway and ending only when known). */
export function formatItems(items: readonly PackItem[]): string {
  return items.map((item) => (item.pathway && item.ending ? `${item.service}~${item.pathway}~${item.ending}` : item.service)).join(',');
}

/** The inverse of formatItems; malformed parts are dropped and counted, never thrown. */
export function parseItems(value: string | undefined): { items: PackItem[]; dropped: number } {
  const parts = (value ?? '').split(',').filter(Boolean);
  let items: PackItem[] = [];
  let dropped = 0;
  for (const part of parts) {
    const [service, pathway, ending, extra] = part.split('~');
    const item = pathway === undefined ? { service } : { service, pathway, ending };
    if (extra === undefined && isPackItem(item)) items = addItems(items, [item]).items;
    else dropped++;
  }
  return { items, dropped };
}

/** An ending's contacts as pack items, each remembering the ending for its advice. */
export function packItemsFor(pathway: string, ending: string, contacts: readonly { service: string }[]): PackItem[] {
  return contacts.map(({ service }) => ({ service, pathway, ending }));
}
