/**
 * The date a feed gives itself, for feed.json's feed_date: a modified date at the top of its own
 * JSON (a page wrapper or an index document: last_modified, modified, date_modified, updated),
 * else the HTTP Last-Modified of the pages it was read from (unless it is merely the time of the
 * response). When pages differ the earliest is
 * taken (the whole feed is at least that fresh). A date after the import day is not believed, and
 * a feed that states none has none: the import date never stands in for it. Also the date an ORUK
 * 3.0 record's own metadata gives it (the latest last_action_date). Pure.
 */
import { dateOf } from './draft';
import { isRec, list, type Rec } from './text';

/** A document of the feed (import-feed.ts's FeedDocument; only its JSON is read here). */
interface FeedDocument {
  json: unknown;
}

const FEED_DATE_KEYS = ['last_modified', 'modified', 'date_modified', 'updated'];

const earliest = (dates: (string | undefined)[]) => dates.filter((d): d is string => d !== undefined).sort()[0];

/** "Wed, 14 Jan 2026 09:30:00 GMT" → "2026-01-14"; undefined for anything else. */
export function httpDate(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const t = Date.parse(header);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * The page's Last-Modified as a date, unless it is the moment of the response itself (within a
 * minute of the Date header): many APIs stamp every answer with the time it was made, which says
 * nothing about when the directory changed and would make every record look fresh.
 */
export function contentDate(lastModified: string | null | undefined, responseDate: string | null | undefined): string | undefined {
  const modified = lastModified ? Date.parse(lastModified) : NaN;
  const sent = responseDate ? Date.parse(responseDate) : NaN;
  if (!Number.isNaN(modified) && !Number.isNaN(sent) && Math.abs(sent - modified) < 60_000) return undefined;
  return httpDate(lastModified);
}

/** The date the feed's own JSON gives it at the top level (not a record's date), the earliest over its documents. */
export function statedFeedDate(docs: FeedDocument[]): string | undefined {
  return earliest(docs.flatMap((doc) => (isRec(doc.json) ? FEED_DATE_KEYS.map((k) => dateOf((doc.json as Rec)[k])) : [])));
}

/** The feed's date: its own stated date, else its pages' Last-Modified; never later than today. */
export function feedDateOf(docs: FeedDocument[], lastModified: (string | undefined)[], today: string): string | undefined {
  const date = statedFeedDate(docs) ?? earliest(lastModified);
  return date !== undefined && date <= today ? date : undefined;
}

/** An ORUK 3.0 record's metadata: the latest date a change was made to it. */
export function metadataDate(raw: Rec): string | undefined {
  return list(raw.metadata)
    .map((m) => dateOf(m.last_action_date))
    .filter((d): d is string => d !== undefined)
    .sort()
    .pop();
}
