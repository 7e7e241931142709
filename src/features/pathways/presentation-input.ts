/**
 * Presentation mode's moves (pure, unit-tested): which way a key or a swipe goes. "Next" follows
 * the reading direction, so in Urdu and Arabic the left arrow and a swipe to the right go forward.
 */
export type Move = 'next' | 'back';

/** A swipe must be this long, and mostly sideways, so scrolling a long ending never turns the page. */
const MIN_SWIPE_PX = 60;

export function moveForKey(key: string, dir: 'ltr' | 'rtl'): Move | null {
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'back';
  if (key === 'ArrowRight') return dir === 'ltr' ? 'next' : 'back';
  if (key === 'ArrowLeft') return dir === 'ltr' ? 'back' : 'next';
  return null;
}

export function moveForSwipe(dx: number, dy: number, dir: 'ltr' | 'rtl'): Move | null {
  if (Math.abs(dx) < MIN_SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  // Swiping left pulls the next page in from the right (left to right reading).
  const towardsStart = dx < 0;
  return towardsStart === (dir === 'ltr') ? 'next' : 'back';
}

/** Keys typed into a field or moving between radios belong to that field, not to the slides. */
export function isOwnedByField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest?.('input, select, textarea, [contenteditable="true"]'));
}
