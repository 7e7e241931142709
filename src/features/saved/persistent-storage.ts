/**
 * Asks the browser once, after the first save, to keep this site's storage (and so the saved
 * list and the offline directory) when the device runs short of space: Safari and others
 * otherwise evict a site's data after a while. Whatever the browser answers, or if it cannot
 * be asked at all, the app carries on as before: nothing here throws or rejects.
 */
import { readString, writeString, type StorageSource } from '../../lib/storage';

/** Remembered so a browser that shows a prompt (Firefox) asks the parent only once. */
const ASKED_KEY = 'storage-persist-asked';

export type PersistOutcome = 'kept' | 'refused' | 'unsupported' | 'failed' | 'asked-before';

/** The part of navigator.storage this needs (absent on older browsers and insecure pages). */
export interface PersistApi {
  persist?: () => Promise<boolean>;
}

/** Asked in this visit already (covers storage that cannot keep the flag). */
let askedThisVisit = false;

export async function askToKeepStorage(api: PersistApi | undefined, source?: StorageSource): Promise<PersistOutcome> {
  if (askedThisVisit || readString(ASKED_KEY, source) === 'yes') return 'asked-before';
  if (typeof api?.persist !== 'function') return 'unsupported';
  askedThisVisit = true;
  // Recorded before asking, so a prompt the parent dismisses is not shown again next time.
  writeString(ASKED_KEY, 'yes', source);
  try {
    return (await api.persist()) ? 'kept' : 'refused';
  } catch {
    return 'failed';
  }
}

/** Tests only: forget that this visit has asked. */
export function resetAskedThisVisit(): void {
  askedThisVisit = false;
}

/** navigator.storage where there is one; reading it cannot throw, but guard for odd embeddings. */
export function browserPersistApi(): PersistApi | undefined {
  try {
    return typeof navigator === 'undefined' ? undefined : (navigator.storage as PersistApi | undefined);
  } catch {
    return undefined;
  }
}
