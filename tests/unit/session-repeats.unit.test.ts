/**
 * Sessions that do not run every week (issue 15): every other week, every few weeks, the first
 * Monday or last Friday of the month, a day of the month. How they read on the service page and
 * in the visit pack (the real English and Polish strings), when they count as open now, and that
 * a fortnightly session whose weeks are not known is never called open (nor closed).
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ScheduleView } from '../../src/features/catalogue/model';
import { openStatus, opensOnWeekday } from '../../src/features/opening-times/open-now';
import { describeSchedule, openingWords } from '../../src/features/opening-times/opening-times';
import { nextSessionDate } from '../../src/features/opening-times/session-dates';
import { en } from '../../src/i18n/locales/en';
import pl from '../../src/i18n/locales/pl.json';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'en', initAsync: false, resources: { en: { translation: en }, pl: { translation: pl } } });
const text = (lng: string) => i18n.getFixedT(lng) as unknown as (key: string, vars?: Record<string, unknown>) => string;
const say = (s: ScheduleView, lng = 'en') => describeSchedule(s, lng === 'en' ? 'en-GB' : lng, openingWords(text(lng)));

const at = (iso: string) => new Date(iso);
const morning = { opensAt: '10:00', closesAt: '12:00' };
/** Every other Tuesday from Tuesday 6 January 2026. */
const FORTNIGHTLY: ScheduleView = {
  days: ['TU'],
  opensAt: '10:00',
  closesAt: '11:30',
  repeat: { every: 'weeks', interval: 2, start: '2026-01-06' },
};
const FORTNIGHTLY_WEEKS_UNKNOWN: ScheduleView = { ...FORTNIGHTLY, repeat: { every: 'weeks', interval: 2 } };
const monthly = (
  nth: { week: number; day: 'MO' | 'WE' | 'FR' }[],
  monthDays: number[] = [],
  interval = 1,
  start?: string,
): ScheduleView => ({
  days: [...new Set(nth.map((n) => n.day))],
  ...morning,
  repeat: { every: 'months', interval, nth, monthDays, ...(start ? { start } : {}) },
});
const FIRST_MONDAY = monthly([{ week: 1, day: 'MO' }]);
const LAST_FRIDAY = monthly([{ week: -1, day: 'FR' }]);
const FIFTEENTH = monthly([], [15]);

describe('sessions that do not run every week, in plain words', () => {
  it.each([
    [FORTNIGHTLY, 'Every other Tuesday, 10am to 11:30am'],
    [
      { ...FORTNIGHTLY, repeat: { every: 'weeks', interval: 3, start: '2026-01-06' } } as ScheduleView,
      'Every 3 weeks on Tuesday, 10am to 11:30am',
    ],
    [FIRST_MONDAY, 'First Monday of the month, 10am to midday'],
    [LAST_FRIDAY, 'Last Friday of the month, 10am to midday'],
    [
      monthly([
        { week: 3, day: 'MO' },
        { week: 1, day: 'MO' },
      ]),
      'First and third Monday of the month, 10am to midday',
    ],
    [
      monthly([
        { week: 1, day: 'MO' },
        { week: -1, day: 'FR' },
      ]),
      'First Monday of the month and last Friday of the month, 10am to midday',
    ],
    [monthly([], [-1, 15, 1]), 'On day 1, 15 and the last day of each month, 10am to midday'],
    [monthly([{ week: 2, day: 'WE' }], [], 3, '2026-01-14'), 'Every 3 months: second Wednesday of the month, 10am to midday'],
  ])('%# reads as "%s"', (s, expected) => {
    expect(say(s)).toBe(expected);
  });

  it('says to ask which weeks when the feed gave no first date, rather than guess', () => {
    expect(say(FORTNIGHTLY_WEEKS_UNKNOWN)).toBe('Every other Tuesday, 10am to 11:30am (ask the service which weeks)');
    expect(say(monthly([{ week: 1, day: 'MO' }], [], 2))).toBe(
      'Every 2 months: first Monday of the month, 10am to midday (ask the service which months)',
    );
  });

  it('reads in the family’s language too (Polish)', () => {
    expect(say(FIRST_MONDAY, 'pl')).toBe('Poniedziałek w pierwszym tygodniu miesiąca, 10:00–12:00');
    expect(say(FORTNIGHTLY_WEEKS_UNKNOWN, 'pl')).toBe('Co drugi tydzień: wtorek, 10:00–11:30 (zapytaj w tym miejscu, w które tygodnie)');
  });
});

describe('open now, for sessions that do not run every week', () => {
  it('is open on the first Monday of the month, and not on the second', () => {
    expect(openStatus([FIRST_MONDAY], at('2026-01-05T10:30:00Z'))?.open).toBe(true);
    expect(openStatus([FIRST_MONDAY], at('2026-01-12T10:30:00Z'))?.open).toBe(false);
  });

  it('is open on the last Friday of the month (30 January 2026), not the one before', () => {
    expect(openStatus([LAST_FRIDAY], at('2026-01-30T10:30:00Z'))?.open).toBe(true);
    expect(openStatus([LAST_FRIDAY], at('2026-01-23T10:30:00Z'))?.open).toBe(false);
  });

  it('is open on the 15th and on the last day of the month', () => {
    expect(openStatus([FIFTEENTH], at('2026-01-15T10:30:00Z'))?.open).toBe(true);
    expect(openStatus([FIFTEENTH], at('2026-01-16T10:30:00Z'))?.open).toBe(false);
    expect(openStatus([monthly([], [-1])], at('2026-02-28T10:30:00Z'))?.open).toBe(true);
  });

  it('counts every other week from the first session: open on 20 January, not 13 January', () => {
    expect(openStatus([FORTNIGHTLY], at('2026-01-20T10:30:00Z'))?.open).toBe(true);
    expect(openStatus([FORTNIGHTLY], at('2026-01-13T10:30:00Z'))).toEqual({
      open: false,
      nextOpen: { daysAhead: 7, weekday: 'TU', minutes: 600 },
    });
    // Before the first session there is none.
    expect(openStatus([FORTNIGHTLY], at('2025-12-23T10:30:00Z'))?.open).toBe(false);
  });

  it('says nothing, open or closed, when a fortnightly session’s weeks are not known', () => {
    const weekdays: ScheduleView = { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' };
    expect(openStatus([FORTNIGHTLY_WEEKS_UNKNOWN], at('2026-01-20T10:30:00Z'))).toBeNull();
    expect(openStatus([weekdays, FORTNIGHTLY_WEEKS_UNKNOWN], at('2026-01-17T10:30:00Z'))).toBeNull();
  });

  it('counts for the day filter on its weekday; a day-of-the-month session has no fixed weekday', () => {
    expect(opensOnWeekday([FORTNIGHTLY_WEEKS_UNKNOWN], 'TU')).toBe(true);
    expect(opensOnWeekday([FORTNIGHTLY_WEEKS_UNKNOWN], 'WE')).toBe(false);
    expect(opensOnWeekday([LAST_FRIDAY], 'FR')).toBe(true);
    expect(opensOnWeekday([FIFTEENTH], 'TH')).toBe(false);
  });
});

describe('the next session’s date', () => {
  it('is the next week of a fortnightly session, counted from its first, and today’s until it closes', () => {
    expect(nextSessionDate(FORTNIGHTLY, '2026-01-14', 600)).toBe('2026-01-20');
    expect(nextSessionDate(FORTNIGHTLY, '2026-01-20', 10 * 60)).toBe('2026-01-20');
    expect(nextSessionDate(FORTNIGHTLY, '2026-01-20', 12 * 60)).toBe('2026-02-03');
  });

  it('is the first Monday of next month once this month’s has passed, and the last day of a short month', () => {
    expect(nextSessionDate(FIRST_MONDAY, '2026-01-06', 0)).toBe('2026-02-02');
    expect(nextSessionDate(monthly([], [-1]), '2026-02-10', 0)).toBe('2026-02-28');
  });

  it('is not given for a session whose weeks are not known, nor for a weekly one', () => {
    expect(nextSessionDate(FORTNIGHTLY_WEEKS_UNKNOWN, '2026-01-14', 0)).toBeUndefined();
    expect(nextSessionDate({ days: ['TU'], opensAt: '10:00', closesAt: '11:00' }, '2026-01-14', 0)).toBeUndefined();
  });
});
