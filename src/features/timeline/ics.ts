/**
 * An iCalendar file (RFC 5545) made on the device: all-day events, each with a reminder before
 * it starts. Text is escaped (§3.3.11) and lines are folded at 75 octets (§3.1) without
 * splitting a character, so Bengali or Arabic titles survive.
 */
import { addDays, type IsoDate } from './calendar-dates';

export interface CalendarEvent {
  /** Unique and stable for the same item of the same child, so a re-import updates it. */
  uid: string;
  start: IsoDate;
  /** Inclusive last day; absent for a one-day event. */
  end?: IsoDate;
  summary: string;
  description: string;
  /** Days before `start` to remind; none when 0 or absent. */
  remindDaysBefore?: number;
  reminderText?: string;
  /** Repeats every `everyMonths` months, `count` times in all (the code reconfirmation). */
  repeat?: { everyMonths: number; count: number };
}

export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into pieces of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const compact = (iso: IsoDate) => iso.replace(/-/g, '');

/** `stamp` is the creation time as YYYYMMDDTHHMMSSZ (passed in, so the output is testable). */
export function buildIcs(events: CalendarEvent[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Best Start Finder//Family plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.start)}`,
      // DTEND of an all-day event is the day after its last day.
      `DTEND;VALUE=DATE:${compact(addDays(event.end ?? event.start, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    // RFC 5545 §3.8.5.3; a repeating event is one day long, each time.
    if (event.repeat) lines.push(`RRULE:FREQ=MONTHLY;INTERVAL=${event.repeat.everyMonths};COUNT=${event.repeat.count}`);
    if (event.remindDaysBefore) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-P${event.remindDaysBefore}D`,
        `DESCRIPTION:${escapeText(event.reminderText ?? event.summary)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The UTC time as an iCalendar DATE-TIME. */
export const icsStamp = (now: Date): string =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
