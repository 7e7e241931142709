/**
 * Which "Who can I contact?" screens are sensitive (pure): every screen after an answer about
 * abuse or a child's safety, or about a parent's mental-health crisis. Their document title is
 * neutral, so the browser's history and tab list do not name the subject, and answering their
 * questions replaces the history entry rather than adding one, so Back does not replay them.
 * The 999 and "unwell" routes stay ordinary: Back through their questions helps more than it reveals.
 */
import type { Position } from './engine';

/** Pathway id → "step:answer" pairs (data/pathways/*.json; a unit test checks they exist). */
export const SENSITIVE_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  concern: ['urgency:safety', 'urgency:crisis'],
};

export function isSensitivePosition(pathwayId: string, position: Position): boolean {
  const sensitive = SENSITIVE_ANSWERS[pathwayId] ?? [];
  return position.path.some((visited) => sensitive.includes(`${visited.stepId}:${visited.answer.id}`));
}
