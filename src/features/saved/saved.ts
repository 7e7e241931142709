/**
 * The saved list as signals: read once from the device, written back on every change.
 * If storage fails the list keeps working in memory for this visit and `savedProblem` says why.
 */
import { computed, signal } from '@preact/signals';
import { askToKeepStorage, browserPersistApi } from './persistent-storage';
import {
  loadSaved,
  OLD_SAVED_KEY,
  SAVED_KEY,
  storeSaved,
  toggled,
  withCurrentNames,
  type SavedEntry,
  type SavedProblem,
} from './saved-list';
import { browserStorage, type StorageSource } from '../../lib/storage';

let source: StorageSource = browserStorage;
const initial = loadSaved(source);

export const savedEntries = signal<SavedEntry[]>(initial.entries);
export const savedIds = computed(() => savedEntries.value.map((e) => e.id));
/** Why the list could not be read or written, for a plain message; cleared by a later success. */
export const savedProblem = signal<SavedProblem | undefined>(initial.problem);

function write(entries: SavedEntry[]): void {
  savedEntries.value = entries;
  // A successful write also replaces an unreadable store, so its warning can go.
  savedProblem.value = storeSaved(source, entries);
}

/** Saves the service (with its name, shown if it ever leaves the directory) or unsaves it. */
export function toggleSaved(id: string, name: string): void {
  const before = savedEntries.value;
  write(toggled(before, { id, name }));
  // Inside the click that saved, so a browser that prompts sees the parent's gesture.
  if (savedEntries.value.length > before.length) void askToKeepStorage(browserPersistApi(), source);
}

export function removeSaved(id: string): void {
  write(savedEntries.value.filter((e) => e.id !== id));
}

/** Stores the directory's current names, so a service that later leaves it keeps its last name. */
export function rememberNames(currentName: (id: string) => string | undefined): void {
  const next = withCurrentNames(savedEntries.value, currentName);
  if (next !== savedEntries.value) write(next);
}

/** Re-reads the device (tests; and another tab changing the list). */
export function reloadSaved(from: StorageSource = source): void {
  source = from;
  const load = loadSaved(source);
  savedEntries.value = load.entries;
  savedProblem.value = load.problem;
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === SAVED_KEY || event.key === OLD_SAVED_KEY) reloadSaved();
  });
}
