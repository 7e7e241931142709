/**
 * The "Who can I contact?" pathway that fits each plan item, with the answers the item already
 * gives (the child's age, the topic). The area question is left to the family: the pathway asks it
 * first and keeps these answers, so the link lands on the right ending once the area is chosen.
 * Items no pathway covers (registering a birth, school places) have none.
 */
import type { Answers } from '../pathways/engine';
import { pathwayUrl } from '../pathways/urls';
import type { ItemId } from './timeline';

interface ItemPathway {
  pathway: string;
  answers: Answers;
}

const MATERNITY: ItemPathway = { pathway: 'community', answers: { need: 'pregnancy', 'pregnancy-urgency': 'later' } };
const MONEY: ItemPathway = { pathway: 'community', answers: { need: 'money' } };
const BABY_CHECK: ItemPathway = { pathway: 'development', answers: { stage: 'baby' } };
const BABY_VACCINES: ItemPathway = { pathway: 'development', answers: { stage: 'baby', 'baby-topic': 'vaccinations' } };
const TODDLER_VACCINES: ItemPathway = { pathway: 'development', answers: { stage: 'early-years', 'early-topic': 'vaccinations' } };
const childcare = (age: string): ItemPathway => ({ pathway: 'community', answers: { need: 'childcare', 'child-age': age } });

const PATHWAYS: Partial<Record<ItemId, ItemPathway>> = {
  'healthy-start-pregnancy': MONEY,
  'healthy-start-child': MONEY,
  'whooping-cough': MATERNITY,
  rsv: MATERNITY,
  flu: MATERNITY,
  'antenatal-contact': MATERNITY,
  'new-birth-visit': BABY_CHECK,
  'review-6-8-weeks': BABY_CHECK,
  'review-1-year': BABY_CHECK,
  'review-2-years': { pathway: 'development', answers: { stage: 'early-years', 'early-topic': 'talking' } },
  'postnatal-check': { pathway: 'meet-parents', answers: { who: 'wellbeing' } },
  'vaccines-8-weeks': BABY_VACCINES,
  'vaccines-12-weeks': BABY_VACCINES,
  'vaccines-16-weeks': BABY_VACCINES,
  'vaccines-1-year': BABY_VACCINES,
  'vaccines-18-months': TODDLER_VACCINES,
  'vaccines-3-years-4-months': TODDLER_VACCINES,
  'mmrv-catch-up': TODDLER_VACCINES,
  'hours-working-9-months': childcare('under-2'),
  'hours-2-year-olds': childcare('two'),
  'hours-universal-15': childcare('three-four'),
  'hours-working-30': childcare('three-four'),
};

/** The link into the pathway for this item, or undefined when no pathway covers it. */
export function pathwayLinkFor(id: ItemId): string | undefined {
  const fit = PATHWAYS[id];
  return fit && pathwayUrl(fit.pathway, fit.answers);
}
