import { describe, expect, it } from 'vitest';
import { londonTime } from '../../src/features/opening-times/london-time';

/** London wall-clock time as Intl (the time-zone database) gives it. */
const intl = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
function fromIntl(instant: Date) {
  const p = Object.fromEntries(intl.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

describe('London time without the time-zone database', () => {
  it('agrees with Intl every half hour from 2024 to 2027, clock changes included', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 30 * 60_000) {
      const instant = new Date(t);
      const ours = londonTime(instant);
      const theirs = fromIntl(instant);
      if (ours.date !== theirs.date || ours.minutes !== theirs.minutes) wrong.push(instant.toISOString());
    }
    expect(wrong).toEqual([]);
  });

  it('moves the clocks at 01:00 UTC on the last Sundays of March and October (2026)', () => {
    expect(londonTime(new Date('2026-03-29T00:59:00Z')).minutes).toBe(59); // 00:59 GMT
    expect(londonTime(new Date('2026-03-29T01:00:00Z')).minutes).toBe(120); // 02:00 BST
    expect(londonTime(new Date('2026-10-25T00:59:00Z')).minutes).toBe(119); // 01:59 BST
    expect(londonTime(new Date('2026-10-25T01:00:00Z')).minutes).toBe(60); // 01:00 GMT
  });
});
