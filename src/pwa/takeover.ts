/**
 * What a tab does when a service worker takes control of it (pure, so it is unit-tested).
 * - The first install claims an uncontrolled page: only now is "Ready to use offline" true.
 * - A new version taking over a tab that ran the old one: that tab's not-yet-loaded code may
 *   now be gone, so it reloads if its user asked for the update or is not looking at it
 *   (a hidden tab loses nothing), and otherwise says "Update available: Reload".
 */
export type TakeoverAction = 'offline-ready' | 'reload' | 'prompt';

export interface TakeoverContext {
  /** Whether a worker controlled this tab before the change. */
  wasControlled: boolean;
  /** Whether this tab's user pressed "Reload". */
  userAskedForUpdate: boolean;
  pageHidden: boolean;
}

export function reactToNewController({ wasControlled, userAskedForUpdate, pageHidden }: TakeoverContext): TakeoverAction {
  if (!wasControlled) return 'offline-ready';
  return userAskedForUpdate || pageHidden ? 'reload' : 'prompt';
}
