/**
 * Is a service open at an instant, and when does that change? (pure; Europe/London wall-clock
 * time, so it is right across the clock changes). Handles hours past midnight (22:00–02:00 is
 * open into the next morning), 24-hour days (00:00–24:00) and schedules with validFrom/validTo.
 */
import type { PhoneView, ScheduleView, ServiceView } from '../catalogue/model';
import type { Weekday } from '../../lib/weekdays';
import { addDays, clockMinutes, londonTime, weekdayOf } from './london-time';
import { datesKnown, runsOn } from './session-dates';

const DAY = 24 * 60;
/** Look this far ahead for the next opening, and treat this much continuous opening as "24 hours". */
const HORIZON_DAYS = 8;

export interface Moment {
  /** Whole days after today (London): 0 today, 1 tomorrow. */
  daysAhead: number;
  weekday: Weekday;
  /** Minutes after that day's midnight; 1440 is midnight at the day's end. */
  minutes: number;
}

export type OpenStatus =
  { open: true; alwaysOpen: true } | { open: true; alwaysOpen: false; closesAt: Moment } | { open: false; nextOpen?: Moment };

/** The opening intervals [start, end) in minutes on one calendar date, merged and sorted. */
export function intervalsOn(schedules: ScheduleView[], date: string): [number, number][] {
  const yesterday = addDays(date, -1);
  const intervals: [number, number][] = [];
  for (const s of schedules) {
    const opens = clockMinutes(s.opensAt);
    const closes = clockMinutes(s.closesAt);
    const overnight = closes <= opens; // 00:00–00:00 and 22:00–02:00 both run to midnight and beyond
    if (runsOn(s, date)) intervals.push([opens, overnight ? DAY : closes]);
    if (overnight && closes > 0 && runsOn(s, yesterday)) {
      intervals.push([0, closes]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of intervals) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function moment(today: string, daysAhead: number, minutes: number): Moment {
  return { daysAhead, weekday: weekdayOf(addDays(today, daysAhead)), minutes };
}

/** Open or closed at `instant`, with when it closes or next opens; null when no hours are known, or some session's weeks are not. */
export function openStatus(schedules: ScheduleView[], instant: Date): OpenStatus | null {
  // A fortnightly session with no first date may be on today or not: neither "open" nor "closed"
  // can be said, so nothing is (the times list says to check which weeks).
  if (schedules.length === 0 || !schedules.every(datesKnown)) return null;
  const now = londonTime(instant);
  const current = intervalsOn(schedules, now.date).find(([s, e]) => s <= now.minutes && now.minutes < e);
  if (current) {
    // Follow the opening across midnights (24-hour days, overnight lines) to where it ends.
    let end = current[1];
    for (let day = 0; day < HORIZON_DAYS; day++) {
      if (end < DAY) return { open: true, alwaysOpen: false, closesAt: moment(now.date, day, end) };
      const next = intervalsOn(schedules, addDays(now.date, day + 1))[0];
      if (!next || next[0] > 0) return { open: true, alwaysOpen: false, closesAt: moment(now.date, day, DAY) };
      end = next[1];
    }
    return { open: true, alwaysOpen: true };
  }
  for (let day = 0; day < HORIZON_DAYS; day++) {
    const start = intervalsOn(schedules, addDays(now.date, day)).find(([s]) => day > 0 || s > now.minutes);
    if (start) return { open: false, nextOpen: moment(now.date, day, start[0]) };
  }
  return { open: false };
}

/**
 * Open at some time on this weekday (ignoring date limits), for the "open on" filter: a fortnightly
 * or "first Monday" session counts for its day; a "15th of the month" one has no fixed weekday.
 */
export function opensOnWeekday(schedules: ScheduleView[], weekday: Weekday): boolean {
  return schedules.some((s) => s.days.includes(weekday));
}

/**
 * Every set of hours a service has: the whole service's and each phone line's own. A service is
 * "open now" (or open on a day) for the filters when any way of reaching it is.
 */
export function allSchedules(service: Pick<ServiceView, 'schedules' | 'phones'>): ScheduleView[] {
  return [...service.schedules, ...service.phones.flatMap((p) => p.schedules ?? [])];
}

/** The hours that apply to one phone line: its own, or else the whole service's. */
export function lineSchedules(service: Pick<ServiceView, 'schedules'>, phone: PhoneView): ScheduleView[] {
  return phone.schedules ?? service.schedules;
}

/** Some line has hours of its own while the service has none for all of it: hours go with each line. */
export function hoursAreByLine(service: Pick<ServiceView, 'schedules' | 'phones'>): boolean {
  return service.schedules.length === 0 && service.phones.some((p) => p.schedules?.length);
}
