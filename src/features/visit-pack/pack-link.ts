/**
 * The pack as a link (pure): the family's phone opens the same contacts in the same language,
 * with the day they were given. Only service, pathway and ending ids travel: never the
 * "given by" name, never anything about the family.
 */
import { withQuery } from '../../lib/paths';
import { formatItems, parseItems, type PackItem } from './pack-items';

export const PACK_PATH = '/visit-pack';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function packLink(items: readonly PackItem[], language: string, givenOn: string): string {
  return withQuery(PACK_PATH, [
    ['lang', language],
    ['c', formatItems(items)],
    ['d', givenOn],
  ]);
}

export interface SharedPack {
  items: PackItem[];
  /** How many parts of the link could not be read. */
  dropped: number;
  /** The language the pack was given in, when the link names one the caller offers. */
  language?: string;
  givenOn?: string;
}

/** Reads a pack link's query; undefined when the address holds no pack (the health visitor's own pack). */
export function readPackQuery(query: Record<string, string | undefined>, isOffered: (code: string) => boolean): SharedPack | undefined {
  if (query.c === undefined) return undefined;
  const { items, dropped } = parseItems(query.c);
  const language = query.lang && isOffered(query.lang) ? query.lang : undefined;
  const givenOn = query.d && ISO_DATE.test(query.d) && !Number.isNaN(Date.parse(query.d)) ? query.d : undefined;
  return { items, dropped, language, givenOn };
}
