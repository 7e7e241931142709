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

/** A kind of contact (a term of the bsf-contact-role taxonomy, e.g. "role-health-visiting"). */
export type RoleId = string;

/**
 * One contact as data/pathways writes it: the kind of contact it needs (`role`), and/or a
 * catalogue service preferred for it (`service`). The build fills it from the catalogue
 * (contact-roles.ts) into one or more PathwayContacts.
 */
export interface PathwayContactData {
  /** The kind of contact; any service in the catalogue with this role, for the area, can fill it. */
  role?: RoleId;
  /** A catalogue service id, shown first when the catalogue has it: a preference, not a requirement. */
  service?: string;
  /** Only for families in this area (shown, labelled, when the area is not known). */
  area?: AreaId;
  /** What to say or ask. */
  say?: string;
  /** What happens next. */
  then?: string;
  /** Where the say/then advice comes from: required when either is given. */
  source_url?: string[];
}

/** A contact as the app shows it, filled from the catalogue: always one service. */
export interface PathwayContact extends PathwayContactData {
  /** A catalogue service id; its numbers, hours and description are read from the catalogue. */
  service: string;
}

export interface PathwayEnding<C extends PathwayContactData = PathwayContact> {
  title: string;
  /** The one thing to do, shown in bold above the contacts (e.g. "Call your maternity unit now…"). */
  lead?: string;
  /** Child 'I' statement term ids (child-…) this ending serves. */
  tags: string[];
  /** In the order to contact them. */
  contacts: C[];
  /**
   * Translation key: why none of the contacts shown has a phone or text number we could source,
   * and the best next step. Shown only when the contacts for the family's area have none.
   */
  noPhone?: string;
}

export interface Pathway<C extends PathwayContactData = PathwayContact> {
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
  endings: Record<string, PathwayEnding<C>>;
}

/** A pathway as written in data/pathways, before the build fills its contacts from the catalogue. */
export type PathwayData = Pathway<PathwayContactData>;
