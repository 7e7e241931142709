/** The calendar file: RFC 5545 escaping, 75-octet folding, all-day dates and reminders. */
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../src/features/timeline/ics';

/** Unfolds and splits the file the way a calendar app reads it. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('the .ics file', () => {
  const ics = buildIcs(
    [
      {
        uid: 'a@bsf',
        start: '2027-01-01',
        end: '2027-01-15',
        summary: 'Apply, for school; now',
        description: 'Line one\nline two',
        remindDaysBefore: 14,
        reminderText: 'Soon',
      },
      { uid: 'b@bsf', start: '2027-03-10', summary: 'Vaccines', description: 'x'.repeat(200) },
    ],
    '20261129T120000Z',
  );

  it('every line ends CRLF and is at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('all-day events end the day after their last day, with a reminder before the start', () => {
    const lines = unfold(ics);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270101');
    expect(lines).toContain('DTEND;VALUE=DATE:20270116');
    expect(lines).toContain('DTEND;VALUE=DATE:20270311');
    expect(lines).toContain('TRIGGER:-P14D');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(1);
  });

  it('escapes commas, semicolons and new lines, and unfolds back to the text', () => {
    const lines = unfold(ics);
    expect(lines).toContain('SUMMARY:Apply\\, for school\\; now');
    expect(lines).toContain('DESCRIPTION:Line one\\nline two');
    expect(lines).toContain(`DESCRIPTION:${'x'.repeat(200)}`);
    expect(escapeText('a\\b')).toBe('a\\\\b');
  });

  it('never splits a character when folding', () => {
    const line = `SUMMARY:${'টিকা '.repeat(30)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) {
      expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
      expect(piece.includes('\uFFFD')).toBe(false);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
