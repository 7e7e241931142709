/**
 * When a page's code fails to load (offline before the service worker controls the page, or an
 * old tab after an update whose chunks are gone), the app loads that address afresh, once: the
 * full load gets the current version's code. If that already happened for this address, or a
 * full load cannot work either (offline with no worker to answer), the page says so plainly
 * instead, and the header and "Exit this page" keep working.
 */

const RELOADED_FOR = 'bsf:reloaded-for';

export type CodeFailureAction = 'reload' | 'message';

/** Pure: `lastReloadedFor` is the address the app last reloaded for (null = none this session). */
export function chooseCodeFailureAction(url: string, lastReloadedFor: string | null, fullLoadCanWork: boolean): CodeFailureAction {
  return fullLoadCanWork && lastReloadedFor !== url ? 'reload' : 'message';
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Handles a failed page import; returns true when a full load of the address has started. */
export function recoverFromFailedPageCode(): boolean {
  const url = window.location.pathname + window.location.search;
  const storage = session();
  let last: string | null;
  try {
    last = storage?.getItem(RELOADED_FOR) ?? null;
  } catch {
    // Unreadable session storage: without the loop guard, show the message rather than risk a loop.
    return false;
  }
  const fullLoadCanWork = navigator.onLine || Boolean(navigator.serviceWorker?.controller);
  if (chooseCodeFailureAction(url, last, fullLoadCanWork) === 'message' || !storage) return false;
  try {
    storage.setItem(RELOADED_FOR, url);
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

/** A page's code loaded: a later failure may reload again. */
export function pageCodeLoaded(): void {
  try {
    session()?.removeItem(RELOADED_FOR);
  } catch {
    // Nothing to forget.
  }
}
