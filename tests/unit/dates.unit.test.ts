import { describe, expect, it } from 'vitest';
import { formatDate, isOlderThan } from '../../src/lib/dates';

describe('dates shown to people', () => {
  it('writes full, month and year dates the GOV.UK way', () => {
    expect(formatDate('2026-11-25', 'en-GB')).toBe('25 November 2026');
    expect(formatDate('2020-09', 'en-GB')).toBe('September 2020');
    expect(formatDate('2023', 'en-GB')).toBe('2023');
  });

  it('flags sources more than two years old, reading a bare year as its end', () => {
    expect(isOlderThan('2020-09-09', '2026-11-25', 2)).toBe(true);
    expect(isOlderThan('2024', '2026-11-25', 2)).toBe(false);
    expect(isOlderThan('2024-12-01', '2026-11-25', 2)).toBe(false);
    expect(isOlderThan('2024-11-01', '2026-11-25', 2)).toBe(true);
  });
});
