/**
 * The saved list as stored: service ids only, newest first, under one key (pure, on top of
 * lib/storage.ts). Anything that is not a list of ids reads as "unreadable" and starts empty.
 */
import { readJson, STORAGE_PREFIX, writeJson, type StorageSource } from '../../lib/storage';

export const SAVED_KEY = `${STORAGE_PREFIX}saved:v1`;
/** Far more than anyone saves; stops a runaway list from filling the storage. */
const MAX_SAVED = 200;

export type SavedProblem = 'unreadable' | 'unavailable' | 'full';

export interface SavedLoad {
  ids: string[];
  problem?: SavedProblem;
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0 && v.length < 200);

export function loadSavedIds(source: StorageSource): SavedLoad {
  const read = readJson(source, SAVED_KEY);
  if (!read.ok) return { ids: [], problem: read.problem };
  if (read.value === null) return { ids: [] };
  if (!isIdList(read.value)) return { ids: [], problem: 'unreadable' };
  return { ids: [...new Set(read.value)] };
}

export function storeSavedIds(source: StorageSource, ids: string[]): SavedProblem | undefined {
  const result = writeJson(source, SAVED_KEY, ids.slice(0, MAX_SAVED));
  return result === 'ok' ? undefined : result;
}

/** The list with `id` added (at the top) or removed. */
export function toggled(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [id, ...ids];
}
