/**
 * Which catalogue categories (data/catalogue/taxonomy_terms.json) help with each plan item, and
 * the services in them that serve the family's district.
 */
import type { ServiceView } from '../catalogue/model';
import { servesDistrict } from '../filters/match';
import type { ItemId } from './timeline';

const CATEGORIES: Record<ItemId, string[]> = {
  'healthy-start-pregnancy': ['cat-healthy-start-vitamins'],
  'whooping-cough': ['cat-immunisations', 'cat-midwifery-antenatal'],
  rsv: ['cat-immunisations', 'cat-midwifery-antenatal'],
  flu: ['cat-immunisations', 'cat-midwifery-antenatal'],
  'antenatal-contact': ['cat-health-visiting'],
  'register-birth': ['cat-birth-school'],
  'new-birth-visit': ['cat-health-visiting'],
  'review-6-8-weeks': ['cat-health-visiting'],
  'postnatal-check': ['cat-perinatal-mental-health'],
  'healthy-start-child': ['cat-healthy-start-vitamins'],
  'review-1-year': ['cat-health-visiting'],
  'review-2-years': ['cat-health-visiting', 'cat-speech-language'],
  'vaccines-8-weeks': ['cat-immunisations'],
  'vaccines-12-weeks': ['cat-immunisations'],
  'vaccines-16-weeks': ['cat-immunisations'],
  'vaccines-1-year': ['cat-immunisations'],
  'vaccines-18-months': ['cat-immunisations'],
  'vaccines-3-years-4-months': ['cat-immunisations'],
  'mmrv-catch-up': ['cat-immunisations'],
  'hours-working-9-months': ['cat-funded-early-education'],
  'reconfirm-code': ['cat-funded-early-education'],
  'hours-2-year-olds': ['cat-funded-early-education'],
  'hours-universal-15': ['cat-funded-early-education'],
  'hours-working-30': ['cat-funded-early-education'],
  'school-applications': ['cat-birth-school'],
  'school-offers': ['cat-birth-school'],
  reception: ['cat-birth-school'],
  'compulsory-school-age': ['cat-birth-school'],
};

export const categoriesFor = (id: ItemId): string[] => CATEGORIES[id];

/**
 * Up to `limit` services for the item: its first category's before the next's (the vaccine
 * service before the maternity unit for RSV), local before national, serving the district if known.
 */
export function servicesFor(id: ItemId, services: readonly ServiceView[], district: string | undefined, limit = 3): ServiceView[] {
  const national = (s: ServiceView) => s.areas.some((a) => a.ladCodes === 'all');
  const inArea = services.filter((s) => !district || servesDistrict(s, district));
  const ordered = CATEGORIES[id].flatMap((category) => {
    const matching = inArea.filter((s) => s.categories.includes(category));
    return [...matching.filter((s) => !national(s)), ...matching.filter(national)];
  });
  return [...new Set(ordered)].slice(0, limit);
}
