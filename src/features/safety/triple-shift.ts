/**
 * Counts Shift presses for "Exit this page": three within five seconds exits (the GOV.UK
 * component's rule). Pure: feed it key names and times, it says how many presses are still needed.
 */

export const PRESSES_TO_EXIT = 3;
export const WINDOW_MS = 5000;

export interface ShiftCounter {
  /** Returns how many more Shift presses are needed (0 = exit now), or null when the key was not Shift. */
  press(key: string, atMs: number): number | null;
}

export function createShiftCounter(): ShiftCounter {
  let presses: number[] = [];
  return {
    press(key, atMs) {
      if (key !== 'Shift') {
        // Any other key (as in typing a capital letter) starts the count again.
        presses = [];
        return null;
      }
      presses = [...presses.filter((t) => atMs - t < WINDOW_MS), atMs];
      const remaining = PRESSES_TO_EXIT - presses.length;
      if (remaining <= 0) presses = [];
      return Math.max(remaining, 0);
    },
  };
}
