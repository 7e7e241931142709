/**
 * The saved list as stored (pure, on top of lib/storage.ts): newest first, each service's id
 * with the name it had when it was last seen, so a service that later leaves the directory can
 * still be shown by its name. Lists saved before names were kept (ids only, under the old key)
 * are read as they are and moved to the new key on the next write; nothing saved is dropped.
 */
import { readJson, removeKey, STORAGE_PREFIX, writeJson, type StorageSource } from '../../lib/storage';

/** ids only: what every version before names were kept wrote. Read, never written. */
const OLD_KEY = 'saved:v1';
export const OLD_SAVED_KEY = `${STORAGE_PREFIX}${OLD_KEY}`;
/** `[{ id, name }]`. A key of its own, so a tab still running an older version never misreads it. */
export const SAVED_KEY = `${STORAGE_PREFIX}saved:v2`;
/** Far more than anyone saves; stops a runaway list from filling the storage. */
const MAX_SAVED = 200;
const MAX_ID = 200;
const MAX_NAME = 500;

export type SavedProblem = 'unreadable' | 'unavailable' | 'full';

export interface SavedEntry {
  id: string;
  /** The service's name when it was saved or last seen; absent for lists from before names were kept. */
  name?: string;
}

export interface SavedLoad {
  entries: SavedEntry[];
  problem?: SavedProblem;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < MAX_ID;

function asEntry(value: unknown): SavedEntry | undefined {
  if (isId(value)) return { id: value };
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name } = value as { id?: unknown; name?: unknown };
  if (!isId(id)) return undefined;
  if (name === undefined) return { id };
  return typeof name === 'string' && name.length < MAX_NAME ? { id, name } : undefined;
}

/** The entries in a stored value (either format), or undefined when it is not a saved list. */
export function parseSaved(value: unknown): SavedEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries = value.map(asEntry);
  if (entries.some((e) => e === undefined)) return undefined;
  // The same id twice (an edit in another tab) is one saved service: keep the newest.
  const byId = new Map<string, SavedEntry>();
  for (const entry of entries as SavedEntry[]) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()];
}

function loadKey(source: StorageSource, key: string): SavedLoad | undefined {
  const read = readJson(source, key);
  if (!read.ok) return { entries: [], problem: read.problem };
  if (read.value === null) return undefined;
  const entries = parseSaved(read.value);
  return entries ? { entries } : { entries: [], problem: 'unreadable' };
}

/** The list on this device: the current key, else the old ids-only one, else empty. */
export function loadSaved(source: StorageSource): SavedLoad {
  return loadKey(source, SAVED_KEY) ?? loadKey(source, OLD_SAVED_KEY) ?? { entries: [] };
}

/** Writes the list under the current key; only once that has worked is the old key removed. */
export function storeSaved(source: StorageSource, entries: SavedEntry[]): SavedProblem | undefined {
  const result = writeJson(source, SAVED_KEY, entries.slice(0, MAX_SAVED));
  if (result !== 'ok') return result;
  removeKey(OLD_KEY, source);
  return undefined;
}

/** The list with `entry` added (at the top) or, if its id is there already, removed. */
export function toggled(entries: SavedEntry[], entry: SavedEntry): SavedEntry[] {
  return entries.some((e) => e.id === entry.id) ? entries.filter((e) => e.id !== entry.id) : [entry, ...entries];
}

/**
 * The list with each name brought up to date from the directory (`currentName` gives the
 * listed name, or undefined for a service no longer listed, which keeps the name it had).
 * Returns the same array when nothing changed, so the caller can skip a write.
 */
export function withCurrentNames(entries: SavedEntry[], currentName: (id: string) => string | undefined): SavedEntry[] {
  let changed = false;
  const next = entries.map((entry) => {
    const name = currentName(entry.id);
    if (name === undefined || name === entry.name || name.length >= MAX_NAME) return entry;
    changed = true;
    return { id: entry.id, name };
  });
  return changed ? next : entries;
}
