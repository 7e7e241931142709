/**
 * Reading one JSON document from a feed: a v1 page (content, totalPages, number), a 3.0 page
 * (contents, total_pages, page_number, as the UK profile's openapi.json defines Page), a bare
 * list of services or a single service. Pure.
 */
import { isRec, list, num, type Rec } from './text';

export type Version = 'v1' | 'v3';

export interface PageInfo {
  records: Rec[];
  /** The version the page's wrapper suggests. */
  hint?: Version;
  totalPages?: number;
  page?: number;
}

export function pageInfo(json: unknown): PageInfo {
  if (Array.isArray(json)) return { records: list(json) };
  if (!isRec(json)) return { records: [] };
  if (Array.isArray(json.content)) {
    return { records: list(json.content), hint: 'v1', totalPages: num(json.totalPages), page: num(json.number) };
  }
  if (Array.isArray(json.contents)) {
    return { records: list(json.contents), hint: 'v3', totalPages: num(json.total_pages), page: num(json.page_number) ?? num(json.page) };
  }
  return { records: typeof json.id === 'string' || typeof json.name === 'string' ? [json] : [] };
}

const V1_KEYS = ['eligibilitys', 'service_taxonomys', 'regular_schedules', 'holiday_schedules'];
const V3_KEYS = ['schedules', 'attributes', 'minimum_age', 'maximum_age', 'bsf_id'];

/** Which version a service record is written in: its own keys first, then the page's hint, else 3.0. */
export function versionOf(record: Rec, hint?: Version): Version {
  if (V1_KEYS.some((k) => k in record)) return 'v1';
  const sal = list(record.service_at_locations)[0];
  if (sal && isRec(sal.location) && ('physical_addresses' in sal.location || 'accessibility_for_disabilities' in sal.location)) return 'v1';
  if (V3_KEYS.some((k) => k in record)) return 'v3';
  return hint ?? 'v3';
}

const NESTED = [
  'service_at_locations',
  'contacts',
  'attributes',
  'service_taxonomys',
  'schedules',
  'regular_schedules',
  'eligibilitys',
  'organization',
];

/** A list entry with none of the nested collections: the full record must be fetched from /services/{id}. */
export function isSummary(record: Rec): boolean {
  return !NESTED.some((k) => k in record);
}
