/**
 * A service page with sessions that do not run every week (issue 15): "Every other Tuesday" and
 * "First Monday of the month" in its opening times, "Open now" when the session's week is known
 * to be this one, and no open or closed line at all when a fortnightly session's weeks are not
 * known (the times say to ask which weeks).
 */
import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { Schedule } from '../../src/features/catalogue/oruk';
import ServicePage from '../../src/pages/service-page';
import { validCatalogue } from '../fixtures/catalogue/valid';

const SERVICE = 'svc-watford-family-centre';

/** The fixture with this service's hours replaced by these sessions. */
function showWith(sessions: Partial<Schedule>[]) {
  const files = validCatalogue();
  files.schedules = [
    ...files.schedules.filter((s) => s.service_id !== SERVICE),
    ...sessions.map(
      (s, i) => ({ id: `sch-test-${i}`, service_id: SERVICE, freq: 'WEEKLY', opens_at: '09:30', closes_at: '11:30', ...s }) as Schedule,
    ),
  ];
  setCatalogue(normaliseCatalogue(files));
  return render(
    <LocationProvider>
      <ServicePage id={SERVICE} />
    </LocationProvider>,
  );
}

function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}
afterEach(() => {
  vi.useRealTimers();
});

describe('sessions that do not run every week, on the service page', () => {
  it('says "Open now" on a fortnightly session’s week, counted from its first session', () => {
    at('2026-01-20T10:00:00Z'); // Tuesday 20 January 2026; the first session was Tuesday 6 January
    showWith([{ byday: 'TU', interval: 2, dtstart: '2026-01-06' }]);
    expect(screen.getByText('Every other Tuesday, 9:30am to 11:30am')).toBeTruthy();
    expect(screen.getByText(/^Open now/)).toBeTruthy();
  });

  it('says which date the next session is, since "every other Tuesday" alone does not', () => {
    at('2026-01-14T10:00:00Z'); // Wednesday 14 January 2026: the next session is Tuesday 20 January
    showWith([{ byday: 'TU', interval: 2, dtstart: '2026-01-06' }]);
    expect(screen.getByText('(next session: Tuesday 20 January 2026)')).toBeTruthy();
  });

  it('never says open or closed when a fortnightly session’s weeks are not known, and says to ask', () => {
    at('2026-01-20T10:00:00Z');
    showWith([{ byday: 'TU', interval: 2 }]);
    expect(screen.getByText('Every other Tuesday, 9:30am to 11:30am (ask the service which weeks)')).toBeTruthy();
    expect(screen.queryByText(/^Open now/)).toBeNull();
    expect(screen.queryByText(/^Closed/)).toBeNull();
    expect(screen.queryByText(/next session/)).toBeNull();
  });

  it('names the first Monday and the last Friday of the month, and is closed on the second Monday', () => {
    at('2026-01-12T10:00:00Z'); // Monday 12 January 2026: the second Monday
    showWith([
      { freq: 'MONTHLY', byday: '1MO' },
      { freq: 'MONTHLY', byday: '-1FR', opens_at: '13:00', closes_at: '14:30' },
    ]);
    expect(screen.getByText('First Monday of the month, 9:30am to 11:30am')).toBeTruthy();
    expect(screen.getByText('Last Friday of the month, 1pm to 2:30pm')).toBeTruthy();
    expect(screen.queryByText(/^Open now/)).toBeNull();
  });
});
