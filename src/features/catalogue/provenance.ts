/**
 * Where a service came from when it is not only in the curated core: the feed layer(s) it was
 * imported from (data/feeds/<id>/feed.json), the date the directory itself gave the record, and
 * the date we imported it. The import date is never shown as a check of the facts.
 */
/** YYYY-MM-DD (oruk.ts imports this module, so it does not import oruk.ts back). */
type IsoDate = string;

export interface FeedProvenance {
  /** The layer's folder name under data/feeds/. */
  feed_id: string;
  /** Whose directory it is, as a family would say it ("Hertfordshire"). */
  feed_name: string;
  /** The feed's address, when it was read from (or told) one; never a local file path. */
  feed_url?: string;
  /** The record's own assured or modified date in the feed; absent when the directory gave none. */
  updated?: IsoDate;
  /**
   * The date the directory gave its feed as a whole (FeedInfo.feed_date), only when the record
   * has no date of its own; shown as the directory's date, never as the record's.
   */
  directory_date?: IsoDate;
  /** The day it was imported (an import date, not a check). */
  imported_on: IsoDate;
}

/** data/feeds/<id>/feed.json */
export interface FeedInfo {
  id: string;
  name: string;
  /** The feed URL, file or folder that was imported. */
  source: string;
  /** The feed's base URL, when known (each record links to <feed_url>/services/<id>). */
  feed_url?: string;
  /**
   * A date the feed gave for itself as a whole, when it gave one: a modified date in the feed's own
   * JSON, else the HTTP Last-Modified of its pages (the earliest, when pages differ). Never the
   * import date: a feed that states none has none.
   */
  feed_date?: IsoDate;
  /** The day its content was last imported; unchanged by a re-import that changed nothing. */
  imported_on: IsoDate;
  /** How many services the layer holds, for the shrink guard on the next import. */
  services: number;
}
