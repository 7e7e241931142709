/**
 * The catalogue as the app uses it: one self-contained record per service, built at build time
 * from the ORUK tables by normalise.ts. Pages and search read only these types.
 */
import type { FeedProvenance } from './provenance';
import type { DatasetInfo, Weekday } from './oruk';

/** The page(s) one contact fact came from and their date: "2023", "2025-11", "2024-06-10" or "undated". */
export interface FactSourceView {
  urls: string[];
  date: string;
  /** A national number fixed by law or the NHS (999, 111, ...), cited to its official page. */
  nationalNumber?: boolean;
}

export interface PhoneView {
  number: string;
  description?: string;
  /** Takes text messages only. */
  textOnly?: boolean;
  source?: FactSourceView;
  /** This line's own hours, when they differ from the service's (ServiceView.schedules never repeats them). */
  schedules?: ScheduleView[];
}

export interface AddressView {
  line1?: string;
  town: string;
  county?: string;
  postcode?: string;
  source?: FactSourceView;
}

export interface LocationView {
  id: string;
  name: string;
  description?: string;
  address?: AddressView;
  latitude?: number;
  longitude?: number;
  coordinatesFrom?: string;
  ladCode?: string;
  accessibility: string[];
}

/**
 * A session that does not run every week: every `interval` weeks, or monthly on a weekday's place
 * in the month ("first Monday") or on days of the month. `start` is a first session's date, which
 * fixes the weeks or months counted; without it they are not known.
 */
export type ScheduleRepeat =
  | { every: 'weeks'; interval: number; start?: string }
  | { every: 'months'; interval: number; start?: string; nth: { week: number; day: Weekday }[]; monthDays: number[] };

export interface ScheduleView {
  /** The weekdays it falls on (for a "15th of the month" session, none: its weekday changes). */
  days: Weekday[];
  /** Absent: every week on `days`. */
  repeat?: ScheduleRepeat;
  opensAt: string;
  closesAt: string;
  validFrom?: string;
  validTo?: string;
  description?: string;
  /** A caveat from the source to show with the hours ("except public holidays"). */
  note?: string;
  source?: FactSourceView;
}

export interface CostView {
  option?: string;
  amount?: number;
  amountDescription?: string;
}

export interface AreaView {
  name: string;
  /** ONS district codes covered; "all" for a national service. */
  ladCodes: string[] | 'all';
}

export interface ServiceView {
  id: string;
  name: string;
  description: string;
  organisation: { id: string; name: string; website?: string };
  url?: string;
  email?: string;
  fees?: string;
  minimumAge?: number;
  maximumAge?: number;
  eligibility?: string;
  alert?: string;
  sourceUrls: string[];
  websiteSource?: FactSourceView;
  emailSource?: FactSourceView;
  /** Set only from a recorded verification: a person confirmed the facts. */
  verification?: { on: string; byRole: string; how: string };
  /** The section(s) of timeline_rules_sources.md its rules text follows. */
  rulesFrom?: string;
  /** The feed layer(s) it was imported from (absent for a core-only service). */
  fromFeeds?: FeedProvenance[];
  lifeStages: string[];
  categories: string[];
  childOutcomes: string[];
  /** Its strands of the Healthy Babies offer, as term ids ("hb-infant-feeding"). */
  offerStrands: string[];
  phones: PhoneView[];
  locations: LocationView[];
  /** Hours that apply to the whole service; a phone line's own hours are on that phone (phones[i].schedules). */
  schedules: ScheduleView[];
  costs: CostView[];
  languages: { name: string; code: string }[];
  areas: AreaView[];
}

export interface TermView {
  id: string;
  taxonomyId: string;
  name: string;
  description: string;
  termUri?: string;
}

export interface Catalogue {
  dataset: DatasetInfo;
  services: ServiceView[];
  terms: TermView[];
}
