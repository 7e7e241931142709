/**
 * A phone line's own hours (issue 20): a schedule that names a phone (phone_id) gives that line's
 * hours, not the whole service's. Normalising puts them on the phone; validation stops a schedule
 * that names an unknown phone, or another service's phone, with the file, record, field and reason.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles, Schedule } from '../../src/features/catalogue/oruk';
import { validateCatalogue } from '../../src/features/catalogue/validate';
import { matchesFilters } from '../../src/features/filters/match';
import { NO_FILTERS } from '../../src/features/filters/model';
import { serviceFacts } from '../../src/features/service/fact-ages';
import { allSchedules, hoursAreByLine, lineSchedules, openStatus } from '../../src/features/opening-times/open-now';
import { TEST_AREA, VALID_TODAY, validCatalogue } from '../fixtures/catalogue/valid';

/** The fixture with the text line's own hours: weekdays 9am to 5pm, word for word from its page. */
function withTextLineHours(change: Partial<Schedule> = {}): CatalogueFiles {
  const files = validCatalogue();
  files.schedules.push({
    id: 'sch-watford-text-line',
    service_id: 'svc-watford-family-centre',
    freq: 'WEEKLY',
    byday: 'MO,TU,WE,TH,FR',
    opens_at: '09:00',
    closes_at: '17:00',
    notes: 'except bank holidays',
    attending_type: 'text',
    phone_id: 'ph-watford-text',
    source_url: ['https://www.hertfordshire.gov.uk/families'],
    source_date: '2025-05-20',
    ...change,
  });
  return files;
}

const validate = (files: CatalogueFiles) =>
  validateCatalogue(files as unknown as Record<string, unknown>, TEST_AREA, { today: VALID_TODAY });

describe('normalising a phone line’s own hours', () => {
  it('puts them on that phone only, with their caveat, and leaves the service’s own hours alone', () => {
    const service = normaliseCatalogue(withTextLineHours()).services.find((s) => s.id === 'svc-watford-family-centre')!;
    const textLine = service.phones.find((p) => p.number === '07480 635164')!;
    expect(textLine.schedules).toEqual([
      expect.objectContaining({ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00', note: 'except bank holidays' }),
    ]);
    // The other lines have no hours of their own; the service keeps its two sessions.
    expect(service.phones.filter((p) => p !== textLine).every((p) => p.schedules === undefined)).toBe(true);
    expect(service.schedules.map((s) => s.opensAt)).toEqual(['09:30', '18:00']);
  });

  it('answers "open now" for a line from its own hours, and for the filters from any line', () => {
    const files = withTextLineHours();
    files.schedules = files.schedules.filter((s) => !s.id.startsWith('sch-watford-') || s.phone_id);
    const service = normaliseCatalogue(files).services.find((s) => s.id === 'svc-watford-family-centre')!;
    const textLine = service.phones.find((p) => p.textOnly && p.number === '07480 635164')!;
    const call = service.phones.find((p) => !p.textOnly)!;
    const tuesdayNoon = new Date('2026-01-13T12:00:00Z');
    expect(hoursAreByLine(service)).toBe(true);
    expect(openStatus(lineSchedules(service, textLine), tuesdayNoon)?.open).toBe(true);
    // The call line has no hours: the text line's must not speak for it.
    expect(openStatus(lineSchedules(service, call), tuesdayNoon)).toBeNull();
    expect(openStatus(allSchedules(service), tuesdayNoon)?.open).toBe(true);
  });
});

describe('validating a phone line’s own hours', () => {
  it('accepts one of its own service’s phones, and fails on an unknown phone: file, record id, field and reason', () => {
    expect(validate(withTextLineHours())).toEqual([]);
    expect(validate(withTextLineHours({ phone_id: 'ph-no-such-line' }))).toEqual([
      {
        file: 'data/catalogue/schedules.json',
        id: 'sch-watford-text-line',
        field: 'phone_id',
        reason: '"ph-no-such-line" does not match any phone',
      },
    ]);
  });

  it('fails on a schedule that names another service’s phone', () => {
    expect(validate(withTextLineHours({ phone_id: 'ph-111' }))).toEqual([
      {
        file: 'data/catalogue/schedules.json',
        id: 'sch-watford-text-line',
        field: 'phone_id',
        reason: 'phone "ph-111" belongs to service "svc-nhs-111", not to this schedule\'s service "svc-watford-family-centre"',
      },
    ]);
  });

  it('fails on a phone_id that is not an id', () => {
    const problems = validate(withTextLineHours({ phone_id: 'ph watford/text' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'data/catalogue/schedules.json', id: 'sch-watford-text-line', field: 'phone_id' }),
    );
  });
});

describe('the shipped Healthy Start lines', () => {
  const dir = path.resolve(import.meta.dirname, '../../data/catalogue');
  const real = normaliseCatalogue(readCatalogueDir(dir).files as unknown as CatalogueFiles);
  const healthyStart = real.services.find((s) => s.id === 'svc-healthy-start')!;

  it('give the card line 24 hours and the apply line weekdays, with no hours for the service as a whole', () => {
    const line = (number: string) => healthyStart.phones.find((p) => p.number === number)!;
    expect(healthyStart.schedules).toEqual([]);
    expect(line('0300 330 2090').schedules).toEqual([expect.objectContaining({ opensAt: '00:00', closesAt: '24:00' })]);
    expect(line('0300 330 7010').schedules).toEqual([
      expect.objectContaining({
        days: ['MO', 'TU', 'WE', 'TH', 'FR'],
        opensAt: '08:00',
        closesAt: '18:00',
        note: 'except public holidays',
      }),
    ]);
  });
});

describe('a line’s own hours elsewhere in the app', () => {
  const files = () => {
    const f = withTextLineHours();
    // Only the text line has hours: the service's sessions are left out.
    f.schedules = f.schedules.filter((s) => !s.id.startsWith('sch-watford-') || s.phone_id);
    return f;
  };
  const service = () => normaliseCatalogue(files()).services.find((s) => s.id === 'svc-watford-family-centre')!;

  it('the "open now" and "open on" filters count a line’s hours', () => {
    const filters = { ...NO_FILTERS, openNow: true };
    expect(matchesFilters(service(), filters, new Date('2026-01-13T12:00:00Z'))).toBe(true);
    expect(matchesFilters(service(), filters, new Date('2026-01-13T20:00:00Z'))).toBe(false);
    expect(matchesFilters(service(), { ...NO_FILTERS, day: 'TU' }, new Date('2026-01-13T20:00:00Z'))).toBe(true);
    expect(matchesFilters(service(), { ...NO_FILTERS, day: 'SA' }, new Date('2026-01-13T20:00:00Z'))).toBe(false);
  });

  it('the age of the line’s hours counts in "how old are these details"', () => {
    const f = files();
    f.schedules = f.schedules.map((s) => (s.phone_id ? { ...s, source_date: '2019' } : s));
    const facts = serviceFacts(normaliseCatalogue(f).services.find((s) => s.id === 'svc-watford-family-centre')!);
    expect(facts.filter((fact) => fact.kind === 'hours').map((fact) => fact.source?.date)).toEqual(['2019']);
  });
});
