/**
 * The saved list as signals: ids read once from the device, written back on every change.
 * If storage fails the list keeps working in memory for this visit and `savedProblem` says why.
 */
import { signal } from '@preact/signals';
import { loadSavedIds, SAVED_KEY, storeSavedIds, toggled, type SavedProblem } from './saved-ids';
import { browserStorage, type StorageSource } from '../../lib/storage';

let source: StorageSource = browserStorage;
const initial = loadSavedIds(source);

export const savedIds = signal<string[]>(initial.ids);
/** Why the list could not be read or written, for a plain message; cleared by a later success. */
export const savedProblem = signal<SavedProblem | undefined>(initial.problem);

function write(ids: string[]): void {
  savedIds.value = ids;
  // A successful write also replaces an unreadable store, so its warning can go.
  savedProblem.value = storeSavedIds(source, ids);
}

export function toggleSaved(id: string): void {
  write(toggled(savedIds.value, id));
}

export function removeSaved(id: string): void {
  write(savedIds.value.filter((x) => x !== id));
}

/** Re-reads the device (tests; and another tab changing the list). */
export function reloadSaved(from: StorageSource = source): void {
  source = from;
  const load = loadSavedIds(source);
  savedIds.value = load.ids;
  savedProblem.value = load.problem;
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === SAVED_KEY) reloadSaved();
  });
}
