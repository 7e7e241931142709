/**
 * Which "Who can I contact?" screens are sensitive (pure): any screen reached through an urgent
 * answer (danger, abuse at home, a mental-health crisis, a very unwell child). Their document
 * title is neutral, so the browser's history and tab list do not name the subject, and answering
 * their questions replaces the history entry rather than adding one, so Back does not replay them.
 */
import type { Position } from '../pathways/engine';

export function isSensitivePosition(position: Position): boolean {
  return position.path.some((visited) => visited.answer.urgent === true);
}
