/**
 * The navigation half of "Exit this page" (pure over the window parts it is given, so it is
 * unit-tested). location.href would add the neutral site after this page, and Back would show
 * this page exactly as it was. Instead, as GOV.UK's exit-this-page advice suggests:
 * - the tab title and the address of this history entry become the home page's;
 * - one more home-page entry is pushed, so Back from the neutral site shows the home page;
 * - location.replace swaps that last entry for the neutral site.
 */

export interface LeaveWindow {
  document: { title: string };
  history: Pick<History, 'replaceState' | 'pushState'>;
  location: Pick<Location, 'replace'>;
}

export const NEUTRAL_PATH = '/';

export function leaveCleanly(win: LeaveWindow, exitSite: string, neutralTitle: string): void {
  try {
    win.document.title = neutralTitle;
    win.history.replaceState(null, '', NEUTRAL_PATH);
    win.history.pushState(null, '', NEUTRAL_PATH);
  } catch {
    // A browser that refuses to rewrite history (rate limits): still leave at once.
  }
  win.location.replace(exitSite);
}
