/** Does a service pass the filters? (pure; `now` is passed in so results are testable) */
import type { ServiceView } from '../catalogue/model';
import { allSchedules, openStatus, opensOnWeekday } from '../opening-times/open-now';
import type { Delivery, Filters } from './model';
import { compareNames } from '../../lib/intl';

/** How a service is delivered, from its data: phones → phone; website or email → online; a street address → in person. */
export function deliveryOf(service: ServiceView): Set<Delivery> {
  const ways = new Set<Delivery>();
  if (service.phones.length > 0) ways.add('phone');
  if (service.url || service.email) ways.add('online');
  if (service.locations.some((l) => l.address?.line1)) ways.add('in-person');
  return ways;
}

/** Free if the fees say so ("Free", "Free from landlines…") or a cost option is £0. */
export function isFree(service: ServiceView): boolean {
  return /^free\b/i.test(service.fees?.trim() ?? '') || service.costs.some((c) => c.amount === 0);
}

/** Child's age in years, inside the service's age range (a "0 to 5" service takes a child until their 6th birthday). */
export function fitsAge(service: ServiceView, years: number): boolean {
  if (service.minimumAge !== undefined && years < service.minimumAge) return false;
  if (service.maximumAge !== undefined && years >= service.maximumAge + 1) return false;
  return true;
}

/** Serves the district: a venue there, an area listing it, or a national service. */
/** A venue in the district, or a service area that lists it (not a national service). */
export function servesDistrictLocally(service: ServiceView, ladCode: string): boolean {
  return (
    service.locations.some((l) => l.ladCode === ladCode) || service.areas.some((a) => a.ladCodes !== 'all' && a.ladCodes.includes(ladCode))
  );
}

/** Serves the district locally, or everywhere. */
export function servesDistrict(service: ServiceView, ladCode: string): boolean {
  return servesDistrictLocally(service, ladCode) || service.areas.some((a) => a.ladCodes === 'all');
}

const someOf = (wanted: string[], has: readonly string[]) => wanted.length === 0 || wanted.some((w) => has.includes(w));

export function matchesFilters(service: ServiceView, f: Filters, now: Date): boolean {
  if (!someOf(f.stages, service.lifeStages)) return false;
  if (!someOf(f.categories, service.categories)) return false;
  if (f.age && !fitsAge(service, f.age.unit === 'months' ? f.age.value / 12 : f.age.value)) return false;
  if (f.freeOnly && !isFree(service)) return false;
  if (f.delivery.length > 0) {
    const ways = deliveryOf(service);
    if (!f.delivery.some((d) => ways.has(d))) return false;
  }
  // Open when any way of reaching it is: the whole service's hours or a phone line's own.
  if (f.openNow && !openStatus(allSchedules(service), now)?.open) return false;
  if (f.day && !opensOnWeekday(allSchedules(service), f.day)) return false;
  if (
    !someOf(
      f.languages,
      service.languages.map((l) => l.code),
    )
  )
    return false;
  if (f.district && !servesDistrict(service, f.district)) return false;
  return true;
}

/** The languages the catalogue's services speak, for the filter's options (none today: the filter hides). */
export function languageOptions(services: ServiceView[]): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const s of services) for (const l of s.languages) if (!byCode.has(l.code)) byCode.set(l.code, l.name);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => compareNames(a.name, b.name));
}
