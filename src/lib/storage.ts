/**
 * localStorage that never throws: private modes, disabled storage, a full quota or a value
 * another tab corrupted all come back as a result the caller can explain, never an exception.
 * Every key the app uses starts with "bsf:", so "Clear everything" can find them all.
 * The storage is passed in as a getter (tests give their own; merely touching `localStorage`
 * can throw a SecurityError).
 */

export const STORAGE_PREFIX = 'bsf:';

export type StorageSource = () => Storage | null;

export const browserStorage: StorageSource = () => (typeof localStorage === 'undefined' ? null : localStorage);

export type WriteResult = 'ok' | 'full' | 'unavailable';
export type ReadResult = { ok: true; value: unknown } | { ok: false; problem: 'unreadable' | 'unavailable' };

/** The stored text under a full key (null = nothing stored), or undefined when storage cannot be used. */
function getText(source: StorageSource, key: string): string | null | undefined {
  try {
    return source()?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
}

function setText(source: StorageSource, key: string, text: string): WriteResult {
  try {
    const storage = source();
    if (!storage) return 'unavailable';
    storage.setItem(key, text);
    return 'ok';
  } catch (error) {
    const quota =
      error instanceof DOMException &&
      (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
    return quota ? 'full' : 'unavailable';
  }
}

/** A short setting (e.g. the language) under "bsf:" + key; null when absent or unreadable. */
export function readString(key: string, source: StorageSource = browserStorage): string | null {
  return getText(source, STORAGE_PREFIX + key) ?? null;
}

export function writeString(key: string, value: string, source: StorageSource = browserStorage): WriteResult {
  return setText(source, STORAGE_PREFIX + key, value);
}

/** A JSON value under a full key; value null = nothing stored yet. */
export function readJson(source: StorageSource, key: string): ReadResult {
  const text = getText(source, key);
  if (text === undefined) return { ok: false, problem: 'unavailable' };
  if (text === null) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

export function writeJson(source: StorageSource, key: string, value: unknown): WriteResult {
  return setText(source, key, JSON.stringify(value));
}

export function removeKey(key: string, source: StorageSource = browserStorage): void {
  try {
    source()?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to do: if storage is unusable there is nothing stored either.
  }
}

/** Removes every key this app wrote; returns how many were removed. */
export function clearAppStorage(source: StorageSource = browserStorage): number {
  try {
    const s = source();
    if (!s) return 0;
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter(
      (k): k is string => k !== null && k.startsWith(STORAGE_PREFIX),
    );
    keys.forEach((k) => s.removeItem(k));
    return keys.length;
  } catch {
    return 0;
  }
}
