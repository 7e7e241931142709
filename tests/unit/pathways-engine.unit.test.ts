/** The engine keeps state in the URL: answers survive a round trip, junk is ignored, and changing one answer keeps the rest. */
import { describe, expect, it } from 'vitest';
import { answersOf, contactsFor, formatAnswers, parseAnswers, resolve } from '../../src/features/pathways/engine';
import type { Pathway } from '../../src/features/pathways/types';
import { pathwayUrl } from '../../src/features/pathways/urls';
import { questionStep } from '../fixtures/pathway-steps';

const area = (next: string) => ({
  question: 'k',
  answers: [
    { id: 'herts', label: 'k', next, area: 'herts' as const },
    { id: 'essex', label: 'k', next, area: 'essex' as const },
    { id: 'unsure', label: 'k', next },
  ],
});
const fixture: Pathway = {
  id: 'fixture',
  ask: 'k',
  statement: 'k',
  title: 'k',
  start: 'area',
  steps: {
    area: area('need'),
    need: questionStep('k', ['x', 'k', 'end'], ['y', 'k', 'more']),
    more: questionStep('k', ['z', 'k', 'end'], ['w', 'k', 'end']),
  },
  endings: {
    end: {
      title: 'k',
      tags: [],
      contacts: [{ service: 'svc-national' }, { service: 'svc-herts', area: 'herts' }, { service: 'svc-essex', area: 'essex' }],
    },
  },
};

describe('pathway engine', () => {
  it('round-trips answers through the URL and ignores malformed parts', () => {
    expect(parseAnswers(formatAnswers({ area: 'herts', need: 'y' }))).toEqual({ area: 'herts', need: 'y' });
    expect(parseAnswers('area:herts,<script>:x,need,::,more:z:extra,need:x')).toEqual({ area: 'herts', need: 'x' });
    expect(parseAnswers(undefined)).toEqual({});
  });

  it('stops at the first unanswered step, ignoring answers that are not offered', () => {
    const p = resolve(fixture, { area: 'herts', need: 'nonsense' });
    expect(p.kind === 'step' && p.stepId).toBe('need');
  });

  it('reopens an answered step to change it, with the answer still chosen', () => {
    const p = resolve(fixture, { area: 'essex', need: 'x' }, 'area');
    expect(p.kind === 'step' && [p.stepId, p.selected]).toEqual(['area', 'essex']);
  });

  it('changing an early answer keeps the later ones and returns to the ending', () => {
    const before = resolve(fixture, { area: 'herts', need: 'y', more: 'z' });
    const after = resolve(fixture, { ...answersOf(before), area: 'essex' });
    expect(after.kind).toBe('ending');
    expect(answersOf(after)).toEqual({ area: 'essex', need: 'y', more: 'z' });
  });

  it('shows only the family’s area, or both areas when not known', () => {
    const ending = fixture.endings.end!;
    expect(contactsFor(ending, 'herts').map((c) => c.service)).toEqual(['svc-national', 'svc-herts']);
    const unsure = resolve(fixture, { area: 'unsure', need: 'x' });
    expect(unsure.kind === 'ending' && contactsFor(unsure.ending, unsure.area).length).toBe(3);
  });

  it('builds links that reopen the same screen', () => {
    expect(pathwayUrl('fixture', { area: 'herts', need: 'y' }, { step: 'area', handover: true })).toBe(
      '/contact/fixture?a=area:herts,need:y&step=area&handover=1',
    );
    expect(pathwayUrl('fixture', {}, { give: true })).toBe('/contact/fixture/give');
  });
});
