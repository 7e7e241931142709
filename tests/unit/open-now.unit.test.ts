import { describe, expect, it } from 'vitest';
import type { ScheduleView } from '../../src/features/catalogue/model';
import { openStatus } from '../../src/features/opening-times/open-now';

const WEEKDAYS: ScheduleView = { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' };
const ALL_WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as ScheduleView['days'];
const TWENTY_FOUR_SEVEN: ScheduleView = { days: ALL_WEEK, opensAt: '00:00', closesAt: '24:00' };
/** A fictional evening line that runs past midnight, Friday and Saturday nights. */
const LATE_LINE: ScheduleView = { days: ['FR', 'SA'], opensAt: '20:00', closesAt: '02:00' };

// Instants are written in UTC; London is UTC+0 in winter and UTC+1 in summer.
const at = (iso: string) => new Date(iso);

describe('open now, in London time', () => {
  it('is open inside the hours and says when it closes', () => {
    // Wednesday 14 January 2026, 10:00 GMT
    expect(openStatus([WEEKDAYS], at('2026-01-14T10:00:00Z'))).toEqual({
      open: true,
      alwaysOpen: false,
      closesAt: { daysAhead: 0, weekday: 'WE', minutes: 17 * 60 },
    });
  });

  it('is closed at closing time exactly, and opens the next morning', () => {
    expect(openStatus([WEEKDAYS], at('2026-01-14T17:00:00Z'))).toEqual({
      open: false,
      nextOpen: { daysAhead: 1, weekday: 'TH', minutes: 9 * 60 },
    });
  });

  it('on a closed day (Sunday) says it opens on Monday', () => {
    expect(openStatus([WEEKDAYS], at('2026-01-18T12:00:00Z'))).toEqual({
      open: false,
      nextOpen: { daysAhead: 1, weekday: 'MO', minutes: 9 * 60 },
    });
    // Saturday: two days ahead.
    expect(openStatus([WEEKDAYS], at('2026-01-17T12:00:00Z'))).toMatchObject({ nextOpen: { daysAhead: 2, weekday: 'MO' } });
  });

  it('stays open across midnight into the next morning', () => {
    // Saturday 17 January 2026, 01:30 GMT: still Friday night's session
    expect(openStatus([LATE_LINE], at('2026-01-17T01:30:00Z'))).toEqual({
      open: true,
      alwaysOpen: false,
      closesAt: { daysAhead: 0, weekday: 'SA', minutes: 2 * 60 },
    });
    // Friday 23:00: closes at 2am, which is tomorrow
    expect(openStatus([LATE_LINE], at('2026-01-16T23:00:00Z'))).toMatchObject({
      open: true,
      closesAt: { daysAhead: 1, weekday: 'SA', minutes: 120 },
    });
    // Thursday night 01:30 is not covered (Wednesday has no late line)
    expect(openStatus([LATE_LINE], at('2026-01-15T01:30:00Z'))).toMatchObject({ open: false });
    // Sunday 01:30 is Saturday night's session; Monday 01:30 is not
    expect(openStatus([LATE_LINE], at('2026-01-18T01:30:00Z'))).toMatchObject({ open: true });
    expect(openStatus([LATE_LINE], at('2026-01-19T01:30:00Z'))).toMatchObject({ open: false });
  });

  it('knows a 24-hour, 7-day service is always open', () => {
    expect(openStatus([TWENTY_FOUR_SEVEN], at('2026-01-14T03:00:00Z'))).toEqual({ open: true, alwaysOpen: true });
  });

  it('follows a weekday 24-hour service to its weekend close', () => {
    const weekdays24: ScheduleView = { ...TWENTY_FOUR_SEVEN, days: ['MO', 'TU', 'WE', 'TH', 'FR'] };
    expect(openStatus([weekdays24], at('2026-01-14T03:00:00Z'))).toMatchObject({
      open: true,
      closesAt: { daysAhead: 2, weekday: 'FR', minutes: 1440 },
    });
  });

  it('uses British Summer Time on the day the clocks go forward (29 March 2026)', () => {
    // 08:30 UTC is 09:30 BST: open, although in UTC it would still be before 9.
    expect(openStatus([{ ...WEEKDAYS, days: ['SU'] }], at('2026-03-29T08:30:00Z'))).toMatchObject({ open: true });
    // 16:30 UTC is 17:30 BST: closed, although in UTC it would be open.
    expect(openStatus([{ ...WEEKDAYS, days: ['SU'] }], at('2026-03-29T16:30:00Z'))).toMatchObject({ open: false });
    // 00:30 UTC is 00:30 GMT; at 01:00 GMT clocks jump to 02:00 BST. 01:30 UTC is 02:30 BST.
    expect(openStatus([{ days: ['SU'], opensAt: '02:00', closesAt: '03:00' }], at('2026-03-29T01:30:00Z'))).toMatchObject({
      open: true,
    });
  });

  it('uses Greenwich Mean Time again on the day the clocks go back (25 October 2026)', () => {
    const sunday = { ...WEEKDAYS, days: ['SU'] } as ScheduleView;
    // 08:30 UTC is 08:30 GMT: not yet open, opens at 9 today
    expect(openStatus([sunday], at('2026-10-25T08:30:00Z'))).toEqual({
      open: false,
      nextOpen: { daysAhead: 0, weekday: 'SU', minutes: 9 * 60 },
    });
    // The day before, 08:30 UTC was 09:30 BST: open
    expect(openStatus([{ ...sunday, days: ['SA'] }], at('2026-10-24T08:30:00Z'))).toMatchObject({ open: true });
    // A line open until 02:00 on Saturday night is still open at 01:30 BST (00:30 UTC) on Sunday
    expect(openStatus([{ days: ['SA'], opensAt: '22:00', closesAt: '02:00' }], at('2026-10-25T00:30:00Z'))).toMatchObject({
      open: true,
    });
  });

  it('ignores schedules outside their dates and knows nothing without hours', () => {
    const ended: ScheduleView = { ...TWENTY_FOUR_SEVEN, validTo: '2025-12-31' };
    expect(openStatus([ended], at('2026-01-14T10:00:00Z'))).toEqual({ open: false });
    expect(openStatus([], at('2026-01-14T10:00:00Z'))).toBeNull();
  });
});
