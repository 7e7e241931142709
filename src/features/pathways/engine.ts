/**
 * The pathway engine (pure): a pathway plus the answers so far gives the current question or
 * the ending. Answers are kept per step id, so changing an early answer keeps later ones that
 * still apply (the check-your-answers pattern) and a link reopens the same step.
 */
import type { AreaId, Pathway, PathwayAnswer, PathwayContactData, PathwayEnding, PathwayStep } from './types';

/** Step id → answer id. */
export type Answers = Record<string, string>;

export interface Visited {
  stepId: string;
  step: PathwayStep;
  answer: PathwayAnswer;
}

export type Position =
  | { kind: 'step'; stepId: string; step: PathwayStep; path: Visited[]; selected?: string }
  | { kind: 'ending'; endingId: string; ending: PathwayEnding; path: Visited[]; area?: AreaId };

const ID = /^[a-z0-9-]+$/;

/** Reads "?a=area:herts,need:money"; anything malformed is dropped, never thrown. */
export function parseAnswers(value: string | undefined): Answers {
  const answers: Answers = {};
  for (const pair of (value ?? '').split(',')) {
    const [stepId, answerId, extra] = pair.split(':');
    if (stepId && answerId && extra === undefined && ID.test(stepId) && ID.test(answerId)) answers[stepId] = answerId;
  }
  return answers;
}

/** The inverse of parseAnswers, in path order (":" and "," are left readable in the URL). */
export function formatAnswers(answers: Answers): string {
  return Object.entries(answers)
    .map(([stepId, answerId]) => `${stepId}:${answerId}`)
    .join(',');
}

/**
 * Follows the answers from the start. Stops at the first step without a valid answer, at
 * `showStep` (to change an answer), or at an ending. A cycle (only in invalid data) stops at
 * the repeated step rather than looping.
 */
export function resolve(pathway: Pathway, answers: Answers, showStep?: string): Position {
  const path: Visited[] = [];
  const seen = new Set<string>();
  let id = pathway.start;
  for (;;) {
    const ending = pathway.endings[id];
    if (ending) return { kind: 'ending', endingId: id, ending, path, area: areaOf(path) };
    const step = pathway.steps[id];
    if (!step) return startOver(pathway);
    const answer = step.answers.find((a) => a.id === answers[id]);
    if (!answer || id === showStep || seen.has(id)) return { kind: 'step', stepId: id, step, path, selected: answer?.id };
    seen.add(id);
    path.push({ stepId: id, step, answer });
    id = answer.next;
  }
}

/** Only for data that failed validation (a dangling next): back to the first question. */
function startOver(pathway: Pathway): Position {
  const step = pathway.steps[pathway.start];
  if (!step) throw new Error(`pathway ${pathway.id} has no start step`);
  return { kind: 'step', stepId: pathway.start, step, path: [] };
}

/** The answers along a path, in order. */
export function pathAnswers(path: Visited[]): Answers {
  return Object.fromEntries(path.map((v) => [v.stepId, v.answer.id]));
}

/** The answers that led to a position (plus the one shown at a step being changed). */
export function answersOf(position: Position): Answers {
  const answers = pathAnswers(position.path);
  if (position.kind === 'step' && position.selected) answers[position.stepId] = position.selected;
  return answers;
}

/** The last answer that said where the family lives; undefined when not asked or "not sure". */
export function areaOf(path: Visited[]): AreaId | undefined {
  return path.reduce<AreaId | undefined>((area, v) => v.answer.area ?? area, undefined);
}

/** The contacts to show, in order: all of them when the area is unknown, else those for the area. */
export function contactsFor<C extends PathwayContactData>(ending: PathwayEnding<C>, area: AreaId | undefined): C[] {
  return ending.contacts.filter((c) => !area || !c.area || c.area === area);
}

export interface Route<C extends PathwayContactData = PathwayContactData> {
  answers: Answers;
  path: Visited[];
  endingId: string;
  ending: PathwayEnding<C>;
  area?: AreaId;
  contacts: C[];
}

/** Every complete route from the start to an ending (depth-first; cycles are cut, not followed). */
export function walkRoutes<C extends PathwayContactData>(pathway: Pathway<C>): Route<C>[] {
  const routes: Route<C>[] = [];
  const visit = (id: string, path: Visited[]) => {
    const ending = pathway.endings[id];
    if (ending) {
      const area = areaOf(path);
      routes.push({ answers: pathAnswers(path), path, endingId: id, ending, area, contacts: contactsFor(ending, area) });
      return;
    }
    const step = pathway.steps[id];
    if (!step || path.some((v) => v.stepId === id)) return;
    for (const answer of step.answers) visit(answer.next, [...path, { stepId: id, step, answer }]);
  };
  visit(pathway.start, []);
  return routes;
}
