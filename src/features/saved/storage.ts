/**
 * localStorage that never throws (private browsing, storage disabled, quota full, corrupt
 * values): every call returns what happened, in words the page can turn into a message.
 */

export type ReadResult = { ok: true; value: unknown } | { ok: false; problem: 'unreadable' | 'unavailable' };
export type WriteResult = { ok: true } | { ok: false; problem: 'full' | 'unavailable' };

/** The storage to use; a getter because merely touching `localStorage` can throw (SecurityError). */
export type StorageSource = () => Storage | null;

export const browserStorage: StorageSource = () => (typeof localStorage === 'undefined' ? null : localStorage);

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** null value = nothing stored yet. */
export function readJson(source: StorageSource, key: string): ReadResult {
  let text: string | null;
  try {
    text = source()?.getItem(key) ?? null;
  } catch {
    return { ok: false, problem: 'unavailable' };
  }
  if (text === null) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

export function writeJson(source: StorageSource, key: string, value: unknown): WriteResult {
  try {
    const storage = source();
    if (!storage) return { ok: false, problem: 'unavailable' };
    storage.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}
