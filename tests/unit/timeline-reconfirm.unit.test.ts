/**
 * §4d: the working-family childcare code is reconfirmed every 3 months while the hours last. The plan
 * shows the dates from the term the hours can start, and the calendar file repeats them with a
 * reminder 4 weeks before each (when reconfirming opens).
 */
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import plan from '../../src/i18n/locales/en/plan.json';
import { buildPlan, groupPlan, statusOf, type PlanItem } from '../../src/features/timeline/timeline';
import { nextDate, reconfirmDates, repeatingDates } from '../../src/features/timeline/reconfirm';
import { calendarEvents, whenText } from '../../src/features/timeline/plan-text';
import { buildIcs } from '../../src/features/timeline/ics';
import { sourcesFor } from '../../src/features/timeline/rule-sources';

const reconfirmItem = (birth: string, kind: 'born' | 'due' = 'born') =>
  buildPlan({ kind, date: birth }).find((i) => i.id === 'reconfirm-code');
const datesOf = (item: PlanItem | undefined) => (item ? repeatingDates(item.start, item.end!, item.repeatMonths!) : []);

await i18next.init({ lng: 'en', resources: { en: { translation: plan } }, interpolation: { escapeValue: false } });
const t = i18next.t.bind(i18next);

describe('reconfirming the childcare code every 3 months (§4d)', () => {
  it('starts 3 months after the working-family hours can start, for working families only', () => {
    // Born 30 June 2026: 9 months on 30 March 2027 → hours from 1 April 2027 → reconfirm 1 July 2027.
    const item = reconfirmItem('2026-06-30');
    expect(item).toMatchObject({ start: '2027-07-01', condition: 'working', section: '§4d', repeatMonths: 3, stage: 'childcare' });
    // A day later the hours wait for September, and so does the first reconfirmation (December).
    expect(reconfirmItem('2026-07-01')?.start).toBe('2027-12-01');
  });

  it.each([
    // birth, hours start (term after 9 months), first date, last date before Reception, how many
    ['2026-06-30', '2027-04-01', '2027-07-01', '2030-07-01', 13], // Reception 1 Sep 2030
    ['2026-07-01', '2027-09-01', '2027-12-01', '2030-06-01', 11], // 4 on 1 Jul 2030 → Reception Sep 2030
    ['2026-08-31', '2027-09-01', '2027-12-01', '2030-06-01', 11], // the last birthday of the school year
    ['2026-09-01', '2027-09-01', '2027-12-01', '2031-06-01', 15], // first of the next school year: a year more
    ['2026-03-31', '2027-01-01', '2027-04-01', '2030-07-01', 14], // 31 Dec 2026 is 9 months: January term
  ])(
    'born %s: hours from %s, reconfirm from %s to %s (%i times), never on or after the first day of school',
    (birth, hoursStart, first, last, count) => {
      const plan = buildPlan({ kind: 'born', date: birth });
      expect(plan.find((i) => i.id === 'hours-working-9-months')?.start).toBe(hoursStart);
      const item = plan.find((i) => i.id === 'reconfirm-code');
      expect(item).toMatchObject({ start: first, end: last });
      const dates = datesOf(item);
      expect(dates).toHaveLength(count);
      const reception = plan.find((i) => i.id === 'reception')!.start;
      expect(dates.every((d) => d < reception)).toBe(true);
      // Each is 3 months after the one before.
      expect(dates.slice(1).every((d, i) => d.slice(8) === dates[i]!.slice(8))).toBe(true);
    },
  );

  it('every date is the 1st of a month (a term start plus 3 months), so the calendar repeats land on the same days', () => {
    for (const birth of ['2024-02-29', '2025-01-31', '2025-05-31', '2026-10-31', '2026-12-31']) {
      const dates = datesOf(reconfirmItem(birth));
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.filter((d) => !d.endsWith('-01'))).toEqual([]);
    }
  });

  it('no reconfirmation when the hours would start too close to school for one', () => {
    expect(reconfirmDates('2030-07-01', '2030-09-01')).toEqual([]);
    expect(reconfirmDates('2030-06-01', '2030-09-01')).toEqual([]);
    expect(reconfirmDates('2030-05-31', '2030-09-01')).toEqual(['2030-08-31']);
  });

  it('from a due date the dates are estimates', () => {
    expect(reconfirmItem('2027-03-10', 'due')).toMatchObject({ estimated: true, start: '2028-04-01' });
  });

  it('is "next" before the first date, "now" until the last, and names the next date from today', () => {
    const item = reconfirmItem('2026-06-30')!;
    expect(statusOf(item, '2027-06-30')).toBe('next');
    expect(statusOf(item, '2028-02-01')).toBe('now');
    expect(statusOf(item, '2030-07-02')).toBe('past');
    expect(nextDate(datesOf(item), '2028-02-01')).toBe('2028-04-01');
    expect(nextDate(datesOf(item), '2028-04-01')).toBe('2028-04-01');
    expect(nextDate(datesOf(item), '2030-07-02')).toBeUndefined();
    expect(groupPlan({ kind: 'born', date: '2026-06-30' }, '2028-02-01').now.map((i) => i.id)).toContain('reconfirm-code');
  });

  it('reads "Every 3 months, from about … to …"', () => {
    expect(whenText(reconfirmItem('2026-06-30')!, t, 'en-GB')).toBe('Every 3 months, from about 1 July 2027 to 1 July 2030');
  });

  it('shows the page that says so, which its code quotes', () => {
    expect(sourcesFor('reconfirm-code', '§4d')).toEqual([
      {
        section: '§4d',
        source: {
          url: 'https://www.dorsetcouncil.gov.uk/-/reconfirm-your-eligibility-for-30-hours-funded-childcare-andor-tax-free-childcare',
          date: 'undated',
        },
      },
    ]);
  });
});

describe('the reconfirmation in the calendar file', () => {
  const child = { id: 'c1', kind: 'born' as const, date: '2026-06-30', name: 'Ada' };
  const item = reconfirmItem('2026-06-30')!;
  const [event] = calendarEvents(child, [item], t, 'en-GB', (list) => list.join(', '));
  const lines = buildIcs([event!], '20261129T120000Z').replace(/\r\n /g, '').split('\r\n');

  it('is one day on the first date, repeating every 3 months as many times as the plan shows', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20270701');
    expect(lines).toContain('DTEND;VALUE=DATE:20270702');
    expect(lines).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=13');
    expect(lines).toContain('SUMMARY:Reconfirm your childcare code every 3 months (Ada)');
  });

  it('reminds 4 weeks before each date, when reconfirming opens', () => {
    expect(lines).toContain('TRIGGER:-P28D');
    expect(lines).toContain('DESCRIPTION:Coming up: Reconfirm your childcare code every 3 months (Ada)');
  });

  it('other items do not repeat', () => {
    const hours = buildPlan({ kind: 'born', date: '2026-06-30' }).find((i) => i.id === 'hours-working-9-months')!;
    const [other] = calendarEvents(child, [hours], t, 'en-GB', (list) => list.join(', '));
    expect(buildIcs([other!], '20261129T120000Z')).not.toContain('RRULE');
  });
});
