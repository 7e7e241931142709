/** Links inside the pathways (pure): the state lives in the URL, so a link reopens the same screen. */
import { pathwayPath, withQuery } from '../../lib/paths';
import { formatAnswers, type Answers } from './engine';

export interface PathwayLinkOptions {
  /** Show this step (to change its answer) even though it has one. */
  step?: string;
  handover?: boolean;
  /** The "Give to family" screen. */
  give?: boolean;
  /** Hand-over mode only: the ending in English alongside the family's language. */
  both?: boolean;
}

/** Every value is encoded (paths.ts): ?step= comes from the address bar and goes back into links. */
export function pathwayUrl(pathwayId: string, answers: Answers, options: PathwayLinkOptions = {}): string {
  const path = `${pathwayPath(pathwayId)}${options.give ? '/give' : ''}`;
  return withQuery(path, [
    ['a', formatAnswers(answers)],
    ['step', options.step],
    ['handover', options.handover],
    ['both', options.handover && options.both],
  ]);
}
