/**
 * The catalogue's records as they are stored in data/catalogue/*.json: one file per
 * Open Referral UK 3.0 (HSDS 3.0 UK profile) table, field names as the standard spells them.
 * Ids are readable, stable slugs ("svc-nhs-111"); the ORUK export maps them to UUIDs.
 *
 * Extension fields (not in ORUK) are marked "extension". Every optional field is left out
 * when unknown: never null, never an empty string.
 */

import type { FeedProvenance } from './provenance';

/** YYYY-MM-DD */
export type IsoDate = string;
/** The date a source page shows or implies: "2020", "2023-09", "2024-06-10", or "undated". */
export type SourceDate = string;

/**
 * extension: where one contact fact (a phone, opening times, an address) came from, and the date
 * of that page. Ages are judged per fact, so an old number is never hidden behind a newer page.
 */
export interface FactSource {
  source_url: string[];
  source_date: SourceDate;
}
/** HH:MM, 24-hour clock; closes_at may be "24:00" (end of day). */
export type ClockTime = string;

export interface Organization {
  id: string;
  name: string;
  description: string;
  website?: string;
  email?: string;
}

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface Service {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: ServiceStatus;
  url?: string;
  email?: string;
  /** Plain words about cost, e.g. "Free". */
  fees?: string;
  /** Years. */
  minimum_age?: number;
  /** Years. */
  maximum_age?: number;
  eligibility_description?: string;
  /** A caution shown prominently, e.g. "This number comes from a 2020 page: check it before you rely on it". */
  alert?: string;
  assured_date?: IsoDate;
  last_modified?: string;
  /** extension: the public page(s) each fact was taken from. At least one. */
  source_url: string[];
  /** extension: the pages the website (url) came from, and their date. Set when url is. */
  website_source?: string[];
  website_source_date?: SourceDate;
  /** extension: the pages the email came from, and their date. Set when email is. */
  email_source?: string[];
  email_source_date?: SourceDate;
  /**
   * extension: a person confirmed the facts with the service, from a recorded verification
   * (data/sources/verifications.csv): when, who (a role, never a name) and how. All three or none.
   */
  verified_on?: IsoDate;
  verified_by_role?: string;
  verified_how?: string;
  /** extension: the section(s) of timeline_rules_sources.md its eligibility and schedule text follow. */
  rules_from?: string;
  /** extension, added by the build (never stored): the feed layer(s) it came from; absent for the core only. */
  from_feeds?: FeedProvenance[];
}

export type LocationType = 'physical' | 'postal' | 'virtual';

export interface Location {
  id: string;
  location_type: LocationType;
  name: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  /** extension: how the coordinates were found, e.g. "Postcode centroid (OS Code-Point Open 2025)" or "Town centre (GeoNames), not the building". */
  coordinates_from?: string;
  /** extension: ONS district code (E07...), when known. */
  lad_code?: string;
}

export interface Address {
  id: string;
  location_id: string;
  address_1?: string;
  city: string;
  /** The county; absent when a feed gave none and its postcode does not tell. */
  state_province?: string;
  postal_code?: string;
  country: string;
  address_type: LocationType;
  /** extension: the page the town or address came from, and its date. */
  source_url?: string[];
  source_date?: SourceDate;
}

export interface ServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

export interface Contact {
  id: string;
  service_id: string;
  name?: string;
  title?: string;
}

export interface Phone {
  id: string;
  contact_id: string;
  /** As the source prints it, e.g. "0300 330 7010", "111", "18001 111". */
  number: string;
  /** e.g. "Textphone", "Text only", "Option 3, then option 1". */
  description?: string;
  /** extension: a number that takes text messages only. */
  text_only?: boolean;
  /** extension: the page the number came from, and its date (for a national number, its official page). */
  source_url?: string[];
  source_date?: SourceDate;
  /** extension: a national number fixed by law or the NHS (999, 111, 18001 111, 116 123): no age warning. */
  national_number?: boolean;
}

export type { Weekday } from '../../lib/weekdays';

export interface Schedule {
  id: string;
  service_id: string;
  /** How the sessions repeat: by the week, or by the month (a "first Monday" or a "15th" session). */
  freq: 'WEEKLY' | 'MONTHLY';
  /** Every `interval` weeks or months (ORUK's interval): 2 with WEEKLY is fortnightly. Absent means 1. */
  interval?: number;
  /**
   * Comma-separated weekdays, e.g. "MO,TU,WE,TH,FR". MONTHLY gives each day's place in the month:
   * "1MO" the first Monday, "-1FR" the last Friday. Absent only when bymonthday gives the days.
   */
  byday?: string;
  /** MONTHLY only: days of the month, e.g. "1,15"; "-1" is the last day. */
  bymonthday?: string;
  /**
   * The date of a first session (ORUK's dtstart): which weeks (or months) an interval counts from.
   * Without it a fortnightly session's weeks are not known, and the app never says it is open now.
   */
  dtstart?: IsoDate;
  opens_at: ClockTime;
  /** Earlier than opens_at means the session runs past midnight; "24:00" means to the end of the day. */
  closes_at: ClockTime;
  valid_from?: IsoDate;
  valid_to?: IsoDate;
  /** The hours as the source words them (kept for provenance; the app shows its own plain words and `notes`). */
  description?: string;
  /** A caveat to show beside the hours, copied word for word from the source, e.g. "except public holidays". */
  notes?: string;
  /** e.g. "phone", "in person", "online". */
  attending_type?: string;
  /**
   * extension: the phone line (phones.json id) these are the hours of, when they are not the whole
   * service's (e.g. a 24-hour card line beside a weekday apply line). The phone must belong to this
   * service. Left out when the hours apply to the whole service.
   */
  phone_id?: string;
  /** extension: the page the hours came from, and its date. */
  source_url?: string[];
  source_date?: SourceDate;
  /** extension: the hours of a national number, from its official page: no age warning. */
  national_number?: boolean;
}

export interface CostOption {
  id: string;
  service_id: string;
  option?: string;
  amount?: number;
  amount_description?: string;
}

export interface Language {
  id: string;
  service_id: string;
  name: string;
  /** ISO 639-1 code. */
  code: string;
}

export interface ServiceArea {
  id: string;
  service_id: string;
  name: string;
  /** "lad_codes": extent is a comma-separated list of ONS district codes; "country": the whole of England. */
  extent_type: 'lad_codes' | 'country';
  extent?: string;
}

export interface Accessibility {
  id: string;
  location_id: string;
  description: string;
  details?: string;
}

export interface Taxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
}

export interface TaxonomyTerm {
  id: string;
  name: string;
  description: string;
  taxonomy_id: string;
  parent_id?: string;
  /** The matching DfE family-services or LGA (esd) term, where one exists. */
  term_uri?: string;
}

export interface Attribute {
  id: string;
  link_type: 'service';
  link_id: string;
  taxonomy_term_id: string;
}

/** data/catalogue/dataset.json */
export interface DatasetInfo {
  name: string;
  publisher: string;
  /** When the catalogue was built (or imported) from its sources. Not a check of the facts. */
  built_on: IsoDate;
  licence_note: string;
}

/** All tables, keyed by their file name in data/catalogue/ (without .json). */
export interface CatalogueFiles {
  dataset: DatasetInfo;
  organizations: Organization[];
  services: Service[];
  locations: Location[];
  addresses: Address[];
  service_at_locations: ServiceAtLocation[];
  contacts: Contact[];
  phones: Phone[];
  schedules: Schedule[];
  cost_options: CostOption[];
  languages: Language[];
  service_areas: ServiceArea[];
  accessibility: Accessibility[];
  taxonomies: Taxonomy[];
  taxonomy_terms: TaxonomyTerm[];
  attributes: Attribute[];
}

export const TABLE_NAMES = [
  'organizations',
  'services',
  'locations',
  'addresses',
  'service_at_locations',
  'contacts',
  'phones',
  'schedules',
  'cost_options',
  'languages',
  'service_areas',
  'accessibility',
  'taxonomies',
  'taxonomy_terms',
  'attributes',
] as const satisfies readonly (keyof CatalogueFiles)[];

export type TableName = (typeof TABLE_NAMES)[number];

/** Our own taxonomies' ids (terms are in data/catalogue/taxonomy_terms.json). */
export const LIFE_STAGE_TAXONOMY = 'bsf-life-stage';
export const CATEGORY_TAXONOMY = 'bsf-category';
export const CHILD_OUTCOME_TAXONOMY = 'bsf-child-outcome';
/** The strands of the area's Healthy Babies offer ("hb-parenting", ...): data/curation/healthy-babies.json. */
export const OFFER_STRAND_TAXONOMY = 'bsf-healthy-babies';
