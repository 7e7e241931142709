/** Each plan item's "Who can I contact about this?" link lands on a pathway ending once the family picks an area. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers, resolve } from '../../src/features/pathways/engine';
import type { Pathway } from '../../src/features/pathways/types';
import { pathwayLinkFor } from '../../src/features/timeline/item-pathway';
import { buildPlan } from '../../src/features/timeline/timeline';

const dir = join(import.meta.dirname, '../../data/pathways');
const pathways = new Map<string, Pathway>(
  readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const pathway = JSON.parse(readFileSync(join(dir, n), 'utf8')) as Pathway;
      return [pathway.id, pathway];
    }),
);

const items = [...buildPlan({ kind: 'due', date: '2027-05-01' }), ...buildPlan({ kind: 'born', date: '2024-03-10' })];

function follow(link: string, area: string) {
  const url = new URL(link, 'https://example.test');
  const pathway = pathways.get(url.pathname.split('/').pop()!);
  expect(pathway, link).toBeDefined();
  const answers = parseAnswers(url.searchParams.get('a') ?? undefined);
  return { pathway: pathway!, first: resolve(pathway!, answers), chosen: resolve(pathway!, { area, ...answers }) };
}

describe('the pathway for each plan item', () => {
  it.each([...new Set(items.map((i) => i.id))].filter((id) => pathwayLinkFor(id)))(
    '%s: asks the area first, then goes past every answer the item gives',
    (id) => {
      const link = pathwayLinkFor(id)!;
      const { pathway, first, chosen } = follow(link, 'herts');
      expect(first).toMatchObject({ kind: 'step', stepId: pathway.start });
      const given = Object.keys(parseAnswers(new URL(link, 'https://example.test').searchParams.get('a') ?? undefined));
      // Every answer in the link is a real answer on the way: the family is never asked it again.
      if (chosen.kind === 'step') expect([pathway.start, ...given]).not.toContain(chosen.stepId);
      expect(chosen.path.map((v) => v.stepId)).toEqual([pathway.start, ...given]);
    },
  );

  it('lands on the ending itself where the item says enough, and asks the topic after a health visitor review', () => {
    expect(follow(pathwayLinkFor('rsv')!, 'herts').chosen).toMatchObject({ endingId: 'end-pregnancy' });
    expect(follow(pathwayLinkFor('healthy-start-child')!, 'herts').chosen).toMatchObject({ endingId: 'end-money' });
    expect(follow(pathwayLinkFor('review-1-year')!, 'herts').chosen).toMatchObject({ kind: 'step', stepId: 'baby-topic' });
  });

  it('sends the 2-year review to talking and the 18-month jabs to vaccinations', () => {
    expect(follow(pathwayLinkFor('review-2-years')!, 'essex').chosen).toMatchObject({ endingId: 'end-talking' });
    expect(follow(pathwayLinkFor('vaccines-18-months')!, 'essex').chosen).toMatchObject({ endingId: 'end-vaccinations' });
    expect(follow(pathwayLinkFor('hours-2-year-olds')!, 'essex').chosen).toMatchObject({ endingId: 'end-childcare-two' });
  });

  it('offers none where no pathway covers the item', () => {
    expect(pathwayLinkFor('register-birth')).toBeUndefined();
    expect(pathwayLinkFor('school-applications')).toBeUndefined();
  });
});
