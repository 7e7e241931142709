/** What a parent can narrow search results by. Lives in the URL (url.ts); matching in match.ts. */
import type { Weekday } from '../catalogue/oruk';

export type Delivery = 'in-person' | 'phone' | 'online';
export const DELIVERIES: Delivery[] = ['in-person', 'phone', 'online'];

export type AgeUnit = 'months' | 'years';

export interface Filters {
  stages: string[];
  categories: string[];
  /** The child's age as typed, kept with its unit so the form shows it back as entered. */
  age?: { value: number; unit: AgeUnit };
  freeOnly: boolean;
  delivery: Delivery[];
  openNow: boolean;
  day?: Weekday;
  languages: string[];
  /** ONS district code (ladCode). */
  district?: string;
}

export const NO_FILTERS: Filters = {
  stages: [],
  categories: [],
  freeOnly: false,
  delivery: [],
  openNow: false,
  languages: [],
};

/** How many filters are set (each chosen value counts), for "3 filters applied". */
export function countFilters(f: Filters): number {
  return (
    f.stages.length +
    f.categories.length +
    (f.age ? 1 : 0) +
    (f.freeOnly ? 1 : 0) +
    f.delivery.length +
    (f.openNow ? 1 : 0) +
    (f.day ? 1 : 0) +
    f.languages.length +
    (f.district ? 1 : 0)
  );
}
