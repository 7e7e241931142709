import { describe, expect, it } from 'vitest';
import type { ScheduleView } from '../../src/features/catalogue/model';
import { describeSchedule, formatClock } from '../../src/features/opening-times/opening-times';

const words = {
  allDay: '24 hours a day',
  everyDay: 'every day',
  range: (from: string, to: string) => `${from} to ${to}`,
  list: (days: string, times: string) => `${days}, ${times}`,
};
const schedule = (days: ScheduleView['days'], opensAt: string, closesAt: string): ScheduleView => ({ days, opensAt, closesAt });

describe('opening times in plain words', () => {
  it.each([
    [schedule(['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '17:00'), 'Monday to Friday, 9am to 5pm'],
    [schedule(['MO', 'TU', 'WE', 'TH', 'FR'], '08:30', '18:00'), 'Monday to Friday, 8:30am to 6pm'],
    [schedule(['SA', 'SU'], '09:00', '12:00'), 'Saturday and Sunday, 9am to midday'],
    [schedule(['MO', 'WE', 'FR'], '13:00', '16:30'), 'Monday, Wednesday and Friday, 1pm to 4:30pm'],
    [schedule(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], '09:00', '22:00'), 'Every day, 9am to 10pm'],
    [schedule(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], '00:00', '24:00'), '24 hours a day, every day'],
    [schedule(['FR', 'SA'], '20:00', '02:00'), 'Friday and Saturday, 8pm to 2am'],
  ])('%# reads as "%s"', (s, expected) => {
    expect(describeSchedule(s, 'en-GB', words)).toBe(expected);
  });

  it('uses midday and midnight rather than 12pm and 12am', () => {
    expect(formatClock('12:00', 'en')).toBe('midday');
    expect(formatClock('24:00', 'en')).toBe('midnight');
    expect(formatClock('00:00', 'en')).toBe('midnight');
  });
});

describe('opening times in a language with its own list words', () => {
  it('joins days and times with the language’s own comma (Arabic "،")', () => {
    const arabic = { ...words, list: (days: string, times: string) => `${days}، ${times}` };
    const line = describeSchedule(schedule(['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '17:00'), 'ar', arabic);
    expect(line).toContain('، ');
    expect(line).not.toContain(', ');
  });
});
