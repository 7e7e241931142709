/**
 * The shape of one "Who can I contact?" pathway (data/pathways/<id>.json). Every text field
 * holds a translation KEY (English in src/i18n/locales/en/pathways.json), never the words.
 */

/** Where the family lives, when it changes who to contact: the id of one of data/area.json's `parts`. */
export type AreaId = string;

export interface PathwayAnswer {
  id: string;
  label: string;
  hint?: string;
  /** A step id or an ending id. */
  next: string;
  /** Choosing this answer says where the family lives. */
  area?: AreaId;
  /** A safety or medical-emergency answer: listed first, and its ending starts with an urgent contact. */
  urgent?: boolean;
}

export interface PathwayStep {
  question: string;
  hint?: string;
  answers: PathwayAnswer[];
}

export interface PathwayContact {
  /** A catalogue service id; its numbers, hours and description are read from the catalogue. */
  service: string;
  /** Only for families in this area (shown, labelled, when the area is not known). */
  area?: AreaId;
  /** What to say or ask. */
  say?: string;
  /** What happens next. */
  then?: string;
  /** Where the say/then advice comes from: required when either is given. */
  source_url?: string[];
}

export interface PathwayEnding {
  title: string;
  /** The one thing to do, shown in bold above the contacts (e.g. "Call your maternity unit now…"). */
  lead?: string;
  /** Child 'I' statement term ids (child-…) this ending serves. */
  tags: string[];
  /** In the order to contact them. */
  contacts: PathwayContact[];
  /**
   * Translation key: why none of the contacts shown has a phone or text number we could source,
   * and the best next step. Shown only when the contacts for the family's area have none.
   */
  noPhone?: string;
}

export interface Pathway {
  id: string;
  /** What a parent would say to ask for this help ("I'm worried about my child's development"): the link text. */
  ask: string;
  /** The parent 'I' statement this pathway serves, shown under the ask as its aim; none for an urgent entry. */
  statement?: string;
  /** Listed first on "Who can I contact?", marked as urgent (e.g. "Pregnant and worried now"). */
  urgentEntry?: boolean;
  title: string;
  start: string;
  steps: Record<string, PathwayStep>;
  endings: Record<string, PathwayEnding>;
}
