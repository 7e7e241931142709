/**
 * The build-time checks catch each kind of broken pathway and name the pathway and the step.
 * Fixtures are fictional (example.org sources, "fixture" ids).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validatePathways } from '../../src/features/pathways/validate';
import type { PathwayData } from '../../src/features/pathways/types';
import { questionStep } from '../fixtures/pathway-steps';

const SERVICES = new Set(['svc-999-emergency', 'svc-fixture-helpline']);
const KEYS = new Set(['f.statement', 'f.title', 'f.q1', 'f.q2', 'f.a', 'f.b', 'f.end', 'f.say']);

/** A small valid pathway: q1 → (a: q2 → end | b: end). */
function fixture(): PathwayData {
  return {
    id: 'fixture',
    ask: 'f.statement',
    statement: 'f.statement',
    title: 'f.title',
    start: 'q1',
    steps: {
      q1: questionStep('f.q1', ['a', 'f.a', 'q2'], ['b', 'f.b', 'end']),
      q2: questionStep('f.q2', ['a', 'f.a', 'end'], ['b', 'f.b', 'end']),
    },
    endings: {
      end: {
        title: 'f.end',
        tags: ['child-safe-happy'],
        contacts: [{ service: 'svc-fixture-helpline', say: 'f.say', source_url: ['https://example.org/source'] }],
      },
    },
  };
}

/** A made-up area: two parts, and 999 as its only urgent first contact. */
const AREA = {
  parts: [
    { id: 'north', name: 'North', county: 'Northshire' },
    { id: 'south', name: 'South', county: 'Southshire' },
  ],
  urgent_service_ids: ['svc-999-emergency'],
};
const check = (pathway: PathwayData) =>
  validatePathways([pathway], SERVICES, KEYS, AREA, new Set(['https://example.org/source'])).map(formatProblem);

describe('validatePathways', () => {
  it('accepts the valid fixture', () => {
    expect(check(fixture())).toEqual([]);
  });

  it('catches a dangling step, naming the pathway and the step', () => {
    const p = fixture();
    p.steps.q2!.answers[1]!.next = 'q3';
    expect(check(p)).toEqual(['data/pathways/fixture.json q2: answer "b" goes to "q3", which is not a step or an ending (dangling step)']);
  });

  it('catches a cycle', () => {
    const p = fixture();
    p.steps.q2!.answers[0]!.next = 'q1';
    expect(check(p)).toContainEqual('data/pathways/fixture.json q2: answer "a" goes back to "q1" (a cycle)');
  });

  it('catches an ending whose service is not in the catalogue, and one with no service', () => {
    const p = fixture();
    p.endings.end!.contacts[0]!.service = 'svc-gone';
    p.endings.other = { title: 'f.end', tags: [], contacts: [] };
    p.steps.q1!.answers[1]!.next = 'other';
    const problems = check(p);
    expect(problems).toContain('data/pathways/fixture.json end: contact "svc-gone" is not a service in the catalogue');
    expect(problems).toContain('data/pathways/fixture.json other: names no catalogue service');
    // The missing service is only a preference: a warning, which the build prints and a strict build fails on.
    const raw = validatePathways([p], SERVICES, KEYS, AREA, new Set(['https://example.org/source']));
    expect(raw.find((x) => x.reason.includes('svc-gone'))?.warning).toBe(true);
    expect(raw.find((x) => x.step === 'other')?.warning).toBeUndefined();
  });

  it('catches a contact with an unknown role, and one naming neither a role nor a service', () => {
    const p = fixture();
    p.endings.end!.contacts.push({ role: 'role-nowhere' }, {});
    const problems = validatePathways([p], SERVICES, KEYS, AREA, new Set(['https://example.org/source']), new Set(['role-hv']));
    expect(problems.map(formatProblem)).toEqual([
      'data/pathways/fixture.json end: contact "role-nowhere" has unknown role "role-nowhere" (not a bsf-contact-role term in the catalogue)',
      'data/pathways/fixture.json end: a contact names neither a role nor a service',
    ]);
    expect(problems.every((x) => !x.warning)).toBe(true);
  });

  it('catches a text with no English translation key', () => {
    const p = fixture();
    p.steps.q1!.question = 'f.missing';
    expect(check(p)).toEqual(['data/pathways/fixture.json q1: question "f.missing" has no English text in en/pathways.json']);
  });

  it('catches advice with no source, or a source outside the catalogue', () => {
    const p = fixture();
    delete p.endings.end!.contacts[0]!.source_url;
    expect(check(p)).toEqual(['data/pathways/fixture.json end: contact "svc-fixture-helpline" gives advice without a source_url']);
    p.endings.end!.contacts[0]!.source_url = ['https://example.org/elsewhere'];
    expect(check(p)).toEqual([
      'data/pathways/fixture.json end: contact "svc-fixture-helpline" cites https://example.org/elsewhere, which is not a catalogue source',
    ]);
  });

  it('insists an urgent answer leads to 999, NHS 111 or safeguarding first, and comes before other answers', () => {
    const p = fixture();
    p.steps.q1!.answers[1]!.urgent = true;
    const problems = check(p);
    expect(problems).toContain('data/pathways/fixture.json q1: urgent answer "b" must come before the other answers');
    expect(problems).toContain(
      'data/pathways/fixture.json end: the urgent route q1:b must start with 999, NHS 111, a safeguarding contact or a maternity advice line, not svc-fixture-helpline',
    );
    p.endings.end!.contacts.unshift({ service: 'svc-999-emergency' });
    p.steps.q1!.answers.reverse();
    expect(check(p)).toEqual([]);
  });

  it('takes the areas from area.json\'s parts, and needs an "only in" text for each one a contact names', () => {
    const p = fixture();
    p.steps.q1!.answers[0]!.area = 'north';
    p.steps.q1!.answers[1]!.area = 'herts';
    p.endings.end!.contacts.push({ service: 'svc-999-emergency', area: 'south' });
    expect(check(p)).toEqual([
      'data/pathways/fixture.json q1: answer "b" has unknown area "herts"',
      'data/pathways/fixture.json end: contact "svc-999-emergency" is for area "south", which has no English text pathways.ui.onlyIn.south in en/pathways.json',
    ]);
  });

  it('takes the urgent first contacts from area.json', () => {
    const p = fixture();
    p.steps.q1!.answers.reverse();
    p.steps.q1!.answers[0]!.urgent = true;
    expect(check(p)).toEqual([
      'data/pathways/fixture.json end: the urgent route q1:b must start with 999, NHS 111, a safeguarding contact or a maternity advice line, not svc-fixture-helpline',
    ]);
    const helplineIsUrgent = { ...AREA, urgent_service_ids: ['svc-fixture-helpline'] };
    expect(validatePathways([p], SERVICES, KEYS, helplineIsUrgent, new Set(['https://example.org/source']))).toEqual([]);
  });

  it('catches too few answers and a step nobody can reach', () => {
    const p = fixture();
    p.steps.q2!.answers.pop();
    p.steps.lost = { question: 'f.q2', answers: p.steps.q1!.answers };
    const problems = check(p);
    expect(problems).toContain('data/pathways/fixture.json q2: has 1 answers (2 to 5 are allowed)');
    expect(problems).toContain('data/pathways/fixture.json lost: cannot be reached from the start');
  });
});
