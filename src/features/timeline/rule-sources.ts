/**
 * The page behind each rule, as ../shared/data/timeline/timeline_rules_sources.md cites it, with
 * the date that page shows ("undated" when it shows none). The app shows it beside each item so a
 * family or a health visitor can check the rule at its source.
 */
import type { ItemId } from './timeline';

export interface RuleSource {
  url: string;
  /** YYYY-MM-DD or "undated". */
  date: string;
}

const BY_SECTION: Record<string, RuleSource> = {
  '§1a': { url: 'https://healthystart.nhsbsa.net/how-to-apply', date: 'undated' },
  '§1b': { url: 'https://www.healthystart.nhs.uk/what-youll-get/', date: 'undated' },
  '§2a': {
    url: 'https://www.gov.uk/government/publications/delivery-of-the-healthy-child-programme/part-2-health-visiting-ages-0-to-5',
    date: '2026-02-06',
  },
  '§2b': {
    url: 'https://www.gov.uk/government/statistics/health-visitor-service-delivery-data-for-2024-to-2025/health-visitor-service-delivery-metrics-2024-to-2025-statistical-commentary',
    date: '2025-11-04',
  },
  '§2c': {
    url: 'https://healthforunder5s.co.uk/hertfordshire/services/specialist-support/your-childs-two-year-to-two-and-half-year-health-and-development-review',
    date: 'undated',
  },
  '§3a': {
    url: 'https://www.gov.uk/government/publications/the-complete-routine-immunisation-schedule/complete-routine-immunisation-schedule-from-1-january-2026',
    date: '2025-12-10',
  },
  '§3c': {
    url: 'https://staffsstokeics.org.uk/your-health-and-care/vaccinations-and-immunisations/vaccinations-for-babies-and-children-aged-0-5',
    date: 'undated',
  },
  '§4a': { url: 'https://childcarechoices.gov.uk/15-and-30-hours-childcare-support/working-families/how-it-works', date: 'undated' },
  '§4b': {
    url: 'https://www.hertfordshire.gov.uk/services/schools-and-education/childcare-and-advice-for-parents/free-early-education-and-childcare/childcare-and-free-early-education.aspx',
    date: 'undated',
  },
  '§4c': {
    url: 'https://www.hertfordshire.gov.uk/services/schools-and-education/childcare-and-advice-for-parents/free-early-education-and-childcare/childcare-and-free-early-education.aspx',
    date: 'undated',
  },
  '§4d': {
    url: 'https://www.enfield.gov.uk/childcare-information-service/childcare-entitlements/under-1-year-old-funding-for-working-families',
    date: 'undated',
  },
  '§4e': {
    url: 'https://lewisham.gov.uk/myservices/children-and-families-information-service/childcare/help-with-childcare-costs/freechildcare/freechildcare/eligibility-criteria-for-30-hours--free-childcare',
    date: 'undated',
  },
  '§5a': { url: 'https://www.gov.uk/schools-admissions/school-starting-age', date: 'undated' },
  '§5b': { url: 'https://www.gov.uk/schools-admissions/school-starting-age', date: 'undated' },
  '§5c': { url: 'https://www.langleymillinfantschool.co.uk/parent-information/admissions/', date: 'undated' },
  '§6a': { url: 'https://gov.uk/register-birth', date: 'undated' },
  '§7': { url: 'https://www.nhs.uk/conditions/pregnancy-and-baby/postnatal-check/', date: 'undated' },
};

/** §3d cites a different page for each vaccine in pregnancy; the code reconfirmation cites its own page. */
const BY_ITEM: Partial<Record<ItemId, Record<string, RuleSource>>> = {
  rsv: {
    '§3d': {
      url: 'https://gov.uk/government/publications/respiratory-syncytial-virus-rsv-programme-information-for-healthcare-professionals/rsv-vaccination-of-pregnant-women-for-infant-protection-information-for-healthcare-practitioners',
      date: '2024-07-12',
    },
  },
  'whooping-cough': {
    '§3d': {
      url: 'https://nwlondonicb.nhs.uk/your-health-services/immunisations-and-vaccinations/vaccines-pregnant-women',
      date: 'undated',
    },
  },
  flu: {
    '§3d': { url: 'https://www.blackpoolteachinghospitals.nhs.uk/services/maternity/during-pregnancy/vaccinations', date: 'undated' },
  },
  // §4d gives no quote for reconfirming; this page does (quoted in ./reconfirm.ts).
  'reconfirm-code': {
    '§4d': {
      url: 'https://www.dorsetcouncil.gov.uk/-/reconfirm-your-eligibility-for-30-hours-funded-childcare-andor-tax-free-childcare',
      date: 'undated',
    },
  },
};

/** Each section the item cites ("§3a, §3c"), with its page; a page cited by two sections is listed once. */
export function sourcesFor(id: ItemId, sections: string): { section: string; source: RuleSource }[] {
  const seen = new Set<string>();
  return sections
    .split(',')
    .map((s) => s.trim())
    .flatMap((section) => {
      const source = BY_ITEM[id]?.[section] ?? BY_SECTION[section];
      if (!source || seen.has(source.url)) return [];
      seen.add(source.url);
      return [{ section, source }];
    });
}

export const siteName = (url: string): string => new URL(url).hostname.replace(/^www\./, '');
