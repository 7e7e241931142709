/**
 * A family's plan: from a due date or a date of birth, and today's date, every item of
 * ../shared/data/timeline/timeline_rules_sources.md with its date or window and its section.
 * Pure: no Preact, no storage, no clock (today is passed in), so each rule is unit-tested.
 */
import { addDays, addMonths, addWeeks, addYears, type IsoDate } from './calendar-dates';
import { immunisations, type AppointmentId, type Vaccine } from './immunisations';
import { applicationWindow, compulsorySchoolAgeDate, isSummerBorn, offerDay, receptionStart } from './school';
import { termAfter } from './terms';
import { RECONFIRM_EVERY_MONTHS, reconfirmDates } from './reconfirm';

export type ChildDate = { kind: 'due' | 'born'; date: IsoDate };

export type Stage = 'pregnancy' | 'baby' | 'immunisations' | 'childcare' | 'school';

export type ItemId =
  | 'healthy-start-pregnancy'
  | 'whooping-cough'
  | 'rsv'
  | 'antenatal-contact'
  | 'flu'
  | 'register-birth'
  | 'new-birth-visit'
  | 'review-6-8-weeks'
  | 'postnatal-check'
  | 'healthy-start-child'
  | 'review-1-year'
  | 'review-2-years'
  | AppointmentId
  | 'hours-working-9-months'
  | 'reconfirm-code'
  | 'hours-2-year-olds'
  | 'hours-universal-15'
  | 'hours-working-30'
  | 'school-applications'
  | 'school-offers'
  | 'reception'
  | 'compulsory-school-age';

/** Who the item is for when not everyone: working parents, or families getting certain support. */
export type Condition = 'working' | 'support' | 'no-chickenpox-vaccine';

export interface PlanItem {
  id: ItemId;
  stage: Stage;
  /** The day it happens, or the first day of its window. */
  start: IsoDate;
  /** The last day of its window (inclusive); absent for a single day or "from this date". */
  end?: IsoDate;
  /** The section(s) of timeline_rules_sources.md the rule comes from, e.g. "§3a, §3c". */
  section: string;
  vaccines?: Vaccine[];
  condition?: Condition;
  /** From a due date, after-birth dates are estimates until the baby is born. */
  estimated: boolean;
  /** Shown with the item: a date the family can apply from (childcare), or the summer-born note (school). */
  applyFrom?: IsoDate;
  summerBorn?: boolean;
  /** A duty that repeats every so many months from `start` to `end` (both included): the code reconfirmation. */
  repeatMonths?: number;
}

export type Status = 'past' | 'now' | 'next';

/** Before its window, in it, or after it ("done or missed"). A single day is "now" on that day. */
export function statusOf(item: Pick<PlanItem, 'start' | 'end'>, today: IsoDate): Status {
  if (today < item.start) return 'next';
  return today <= (item.end ?? item.start) ? 'now' : 'past';
}

/** Pregnancy week `week`+0 for a due date (the due date is 40+0 weeks). */
const pregnancyWeek = (due: IsoDate, week: number): IsoDate => addWeeks(due, week - 40);

function pregnancyItems(due: IsoDate): PlanItem[] {
  const item = (id: ItemId, start: IsoDate, end: IsoDate, section: string): PlanItem => ({
    id,
    stage: 'pregnancy',
    start,
    end,
    section,
    estimated: false,
  });
  return [
    // §1a: "more than 10 weeks pregnant"; the note there says to show it from 10+0 weeks.
    item('healthy-start-pregnancy', pregnancyWeek(due, 10), due, '§1a, §1b'),
    // §3d: "you can have it from 16 weeks" … "you should have the vaccine before 32 weeks".
    item('whooping-cough', pregnancyWeek(due, 16), addDays(pregnancyWeek(due, 32), -1), '§3d'),
    // §2b: "antenatal health promoting review, for women more than 28 weeks pregnant".
    item('antenatal-contact', pregnancyWeek(due, 28), due, '§2a, §2b'),
    // §3d: "all pregnant women from 28 weeks’ gestation" … "including up until you go into labour".
    item('rsv', pregnancyWeek(due, 28), due, '§3d'),
    // §3d: "At any stage of pregnancy during flu season". No source gives the season's dates,
    // so the window is the pregnancy and the text says to ask when the vaccine is offered.
    item('flu', pregnancyWeek(due, 0), due, '§3d'),
  ];
}

function babyItems(birth: IsoDate, estimated: boolean): PlanItem[] {
  const item = (id: ItemId, start: IsoDate, end: IsoDate | undefined, section: string): PlanItem => ({
    id,
    stage: 'baby',
    start,
    ...(end ? { end } : {}),
    section,
    estimated,
  });
  return [
    // §6a: "must be registered within 42 days of the child being born".
    item('register-birth', birth, addDays(birth, 42), '§6a'),
    // §2b: "Second visit: 10-14 days following the birth of your baby".
    item('new-birth-visit', addDays(birth, 10), addDays(birth, 14), '§2b'),
    // §2b: "6 to 8 week review, for children aged 6 to 8 weeks".
    item('review-6-8-weeks', addWeeks(birth, 6), addWeeks(birth, 8), '§2b'),
    // §7: "postnatal check 6 to 8 weeks after your baby's birth".
    item('postnatal-check', addWeeks(birth, 6), addWeeks(birth, 8), '§7'),
    // §1b: money for children until "your child’s 4th birthday".
    item('healthy-start-child', birth, addDays(addYears(birth, 4), -1), '§1a, §1b'),
    // §2b: "usually offered at 9–12 months; counted up to 15 months".
    item('review-1-year', addMonths(birth, 9), addYears(birth, 1), '§2b'),
    // §2c: "between 2 and 2 and a half years", with ASQ-3 questionnaires sent before.
    item('review-2-years', addYears(birth, 2), addMonths(birth, 30), '§2b, §2c'),
  ];
}

function childcareItems(birth: IsoDate, estimated: boolean, schoolStart: IsoDate): PlanItem[] {
  const until = addDays(schoolStart, -1);
  const workingHoursStart = termAfter(addMonths(birth, 9));
  // §4d, with the quote in ./reconfirm.ts: "You must reconfirm your eligibility every 3 months".
  const reconfirm = reconfirmDates(workingHoursStart, schoolStart);
  return [
    {
      // §4d: from the term after 9 months; "apply from when your child is 23 weeks old".
      id: 'hours-working-9-months',
      stage: 'childcare',
      start: workingHoursStart,
      end: until,
      applyFrom: addWeeks(birth, 23),
      section: '§4a, §4d',
      condition: 'working',
      estimated,
    },
    ...(reconfirm.length > 0
      ? [
          {
            id: 'reconfirm-code',
            stage: 'childcare',
            start: reconfirm[0]!,
            end: reconfirm[reconfirm.length - 1]!,
            repeatMonths: RECONFIRM_EVERY_MONTHS,
            section: '§4d',
            condition: 'working',
            estimated,
          } satisfies PlanItem,
        ]
      : []),
    {
      // §4b: "from the term after they turn 2".
      id: 'hours-2-year-olds',
      stage: 'childcare',
      start: termAfter(addYears(birth, 2)),
      end: addDays(termAfter(addYears(birth, 3)), -1),
      section: '§4a, §4b',
      condition: 'support',
      estimated,
    },
    {
      // §4c: "You can use these from the term after your child turns 3." No application needed.
      id: 'hours-universal-15',
      stage: 'childcare',
      start: termAfter(addYears(birth, 3)),
      end: until,
      section: '§4a, §4c',
      estimated,
    },
    {
      // §4e: "eligible for 30 hours’ free childcare from the start of the term after their third birthday".
      id: 'hours-working-30',
      stage: 'childcare',
      start: termAfter(addYears(birth, 3)),
      end: until,
      section: '§4a, §4e',
      condition: 'working',
      estimated,
    },
  ];
}

function schoolItems(birth: IsoDate, estimated: boolean): PlanItem[] {
  const reception = receptionStart(birth);
  const window = applicationWindow(reception);
  return [
    { id: 'school-applications', stage: 'school', start: window.opens, end: window.closes, section: '§5c', estimated },
    { id: 'school-offers', stage: 'school', start: offerDay(reception), section: '§5c', estimated },
    { id: 'reception', stage: 'school', start: reception, section: '§5a, §5b', estimated, summerBorn: isSummerBorn(birth) },
    { id: 'compulsory-school-age', stage: 'school', start: compulsorySchoolAgeDate(birth), section: '§5b', estimated },
  ];
}

/** Every item for one child, in date order (ties keep the order of the rules). */
export function buildPlan(child: ChildDate): PlanItem[] {
  const estimated = child.kind === 'due';
  const birth = child.date;
  const items: PlanItem[] = [
    ...(estimated ? pregnancyItems(child.date) : []),
    ...babyItems(birth, estimated),
    ...immunisations(birth).map((a): PlanItem => ({
      id: a.id,
      stage: 'immunisations',
      start: a.start,
      ...(a.end ? { end: a.end } : {}),
      section: a.section,
      vaccines: a.vaccines,
      estimated,
      ...(a.id === 'mmrv-catch-up' ? { condition: 'no-chickenpox-vaccine' as const } : {}),
    })),
    ...childcareItems(birth, estimated, receptionStart(birth)),
    ...schoolItems(birth, estimated),
  ];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.start < b.item.start ? -1 : a.item.start > b.item.start ? 1 : a.index - b.index))
    .map(({ item }) => item);
}

export interface GroupedPlan {
  past: PlanItem[];
  now: PlanItem[];
  next: PlanItem[];
  /** A due date that has passed: the baby may be here, so ask for the date of birth. */
  dueDatePassed: boolean;
}

export function groupPlan(child: ChildDate, today: IsoDate): GroupedPlan {
  const grouped: GroupedPlan = { past: [], now: [], next: [], dueDatePassed: child.kind === 'due' && child.date < today };
  for (const item of buildPlan(child)) grouped[statusOf(item, today)].push(item);
  return grouped;
}
