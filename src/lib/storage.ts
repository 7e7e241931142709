/**
 * localStorage that never throws: private modes, disabled storage, a full quota or a
 * value another tab corrupted all come back as a result the caller can explain, never an exception.
 * Every key the app uses starts with "bsf:", so "Clear everything" can find them all.
 */

export const STORAGE_PREFIX = 'bsf:';

export type WriteResult = 'ok' | 'quota' | 'unavailable';

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on merely touching localStorage when storage is blocked.
    return null;
  }
}

export function readString(key: string): string | null {
  try {
    return store()?.getItem(STORAGE_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function writeString(key: string, value: string): WriteResult {
  const s = store();
  if (!s) return 'unavailable';
  try {
    s.setItem(STORAGE_PREFIX + key, value);
    return 'ok';
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'quota' : 'unavailable';
  }
}

export function removeKey(key: string): void {
  try {
    store()?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to do: if storage is unusable there is nothing stored either.
  }
}

/** Removes every key this app wrote; returns how many were removed. */
export function clearAppStorage(): number {
  const s = store();
  if (!s) return 0;
  try {
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter(
      (k): k is string => k !== null && k.startsWith(STORAGE_PREFIX),
    );
    keys.forEach((k) => s.removeItem(k));
    return keys.length;
  } catch {
    return 0;
  }
}
