/** Pregnancy items from a due date (§1, §2, §3d), and what "past / now / next" means for each. */
import { describe, expect, it } from 'vitest';
import { buildPlan, groupPlan, statusOf, type ItemId } from '../../src/features/timeline/timeline';

const DUE = '2027-05-20';
const item = (id: ItemId, due = DUE) => buildPlan({ kind: 'due', date: due }).find((i) => i.id === id);

describe('pregnancy windows from the due date', () => {
  it('Healthy Start from 10 weeks (30 weeks before the due date)', () => {
    expect(item('healthy-start-pregnancy')).toMatchObject({ start: '2026-10-22', end: DUE, section: '§1a, §1b' });
  });

  it('whooping cough from 16 weeks, before 32 weeks', () => {
    expect(item('whooping-cough')).toMatchObject({ start: '2026-12-03', end: '2027-03-24' });
  });

  it('RSV and the antenatal health visitor contact from 28 weeks', () => {
    expect(item('rsv')?.start).toBe('2027-02-25');
    expect(item('antenatal-contact')?.start).toBe('2027-02-25');
  });

  it('flu through the pregnancy (no season dates are sourced)', () => {
    expect(item('flu')).toMatchObject({ start: '2026-08-13', end: DUE });
  });

  it('after-birth items are worked out from the due date and marked as estimates', () => {
    expect(item('register-birth')).toMatchObject({ start: DUE, end: '2027-07-01', estimated: true });
    expect(item('new-birth-visit')).toMatchObject({ start: '2027-05-30', end: '2027-06-03' });
  });

  it('a birth date gives no pregnancy items and no estimates', () => {
    const plan = buildPlan({ kind: 'born', date: '2026-10-01' });
    expect(plan.some((i) => i.stage === 'pregnancy')).toBe(false);
    expect(plan.every((i) => !i.estimated)).toBe(true);
  });
});

describe('past, now and next', () => {
  it('a due date less than 10 weeks ahead: Healthy Start is now, whooping cough window is past', () => {
    const grouped = groupPlan({ kind: 'due', date: '2027-01-20' }, '2026-11-29');
    expect(grouped.now.map((i) => i.id)).toEqual(expect.arrayContaining(['healthy-start-pregnancy', 'rsv', 'antenatal-contact']));
    expect(grouped.past.map((i) => i.id)).toContain('whooping-cough');
    expect(grouped.next.map((i) => i.id)).toContain('register-birth');
    expect(grouped.dueDatePassed).toBe(false);
  });

  it('a due date already past says so, and pregnancy items are past', () => {
    const grouped = groupPlan({ kind: 'due', date: '2026-11-20' }, '2026-11-29');
    expect(grouped.dueDatePassed).toBe(true);
    expect(grouped.past.map((i) => i.id)).toContain('rsv');
    expect(grouped.now.map((i) => i.id)).toContain('register-birth');
  });

  it('a one-day item is now on its day only', () => {
    expect(statusOf({ start: '2026-11-29' }, '2026-11-28')).toBe('next');
    expect(statusOf({ start: '2026-11-29' }, '2026-11-29')).toBe('now');
    expect(statusOf({ start: '2026-11-29' }, '2026-11-30')).toBe('past');
  });

  it('the items are in date order', () => {
    const starts = buildPlan({ kind: 'due', date: DUE }).map((i) => i.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('after-birth reviews: 6–8 weeks, 9–12 months, 2 to 2½ years', () => {
    const plan = buildPlan({ kind: 'born', date: '2026-01-15' });
    expect(plan.find((i) => i.id === 'review-6-8-weeks')).toMatchObject({ start: '2026-02-26', end: '2026-03-12' });
    expect(plan.find((i) => i.id === 'review-1-year')).toMatchObject({ start: '2026-10-15', end: '2027-01-15' });
    expect(plan.find((i) => i.id === 'review-2-years')).toMatchObject({ start: '2028-01-15', end: '2028-07-15', section: '§2b, §2c' });
  });
});

describe('every item shows the page its rule comes from', () => {
  it('each section an item cites has a source page', async () => {
    const { sourcesFor } = await import('../../src/features/timeline/rule-sources');
    const plans = [buildPlan({ kind: 'due', date: DUE }), buildPlan({ kind: 'born', date: '2022-08-31' })].flat();
    const missing = plans.flatMap((item) =>
      item.section
        .split(',')
        .map((s) => s.trim())
        .filter((s) => !sourcesFor(item.id, s).length)
        .map((s) => `${item.id} ${s}`),
    );
    expect(missing).toEqual([]);
  });

  it('each pregnancy vaccine names its own page, and RSV is the gov.uk page of 12 July 2024', async () => {
    const { sourcesFor } = await import('../../src/features/timeline/rule-sources');
    expect(sourcesFor('rsv', '§3d')[0]?.source).toMatchObject({ date: '2024-07-12' });
    expect(sourcesFor('rsv', '§3d')[0]?.source.url).toMatch(/^https:\/\/gov\.uk\//);
    expect(sourcesFor('flu', '§3d')[0]?.source.url).not.toBe(sourcesFor('whooping-cough', '§3d')[0]?.source.url);
  });

  it('every source page is quoted in the rules file, or (the code reconfirmation, which §4d states without a quote) beside its rule', async () => {
    const { readFileSync } = await import('node:fs');
    const rules =
      readFileSync(new URL('../../../shared/data/timeline/timeline_rules_sources.md', import.meta.url), 'utf8') +
      readFileSync(new URL('../../src/features/timeline/reconfirm.ts', import.meta.url), 'utf8');
    const { sourcesFor } = await import('../../src/features/timeline/rule-sources');
    const urls = buildPlan({ kind: 'due', date: DUE })
      .concat(buildPlan({ kind: 'born', date: '2022-08-31' }))
      .flatMap((item) => sourcesFor(item.id, item.section).map((s) => s.source.url));
    expect([...new Set(urls)].filter((url) => !rules.includes(url))).toEqual([]);
  });
});
