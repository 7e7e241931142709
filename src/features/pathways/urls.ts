/** Links inside the pathways (pure): the state lives in the URL, so a link reopens the same screen. */
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

export function pathwayUrl(pathwayId: string, answers: Answers, options: PathwayLinkOptions = {}): string {
  const params = [
    formatAnswers(answers) && `a=${formatAnswers(answers)}`,
    options.step && `step=${options.step}`,
    options.handover && 'handover=1',
    options.handover && options.both && 'both=1',
  ].filter(Boolean);
  const path = `/contact/${pathwayId}${options.give ? '/give' : ''}`;
  return params.length > 0 ? `${path}?${params.join('&')}` : path;
}
