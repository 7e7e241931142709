/** Presentation mode's moves: Next follows the reading direction; small or up-and-down swipes do nothing. */
import { describe, expect, it } from 'vitest';
import { moveForKey, moveForSwipe } from '../../src/features/pathways/presentation-input';

describe('presentation mode moves', () => {
  it('goes forward with the right arrow in English and the left arrow in Urdu or Arabic', () => {
    expect([moveForKey('ArrowRight', 'ltr'), moveForKey('ArrowLeft', 'ltr')]).toEqual(['next', 'back']);
    expect([moveForKey('ArrowLeft', 'rtl'), moveForKey('ArrowRight', 'rtl')]).toEqual(['next', 'back']);
    expect([moveForKey('PageDown', 'rtl'), moveForKey('PageUp', 'ltr'), moveForKey('a', 'ltr')]).toEqual(['next', 'back', null]);
  });

  it('turns a sideways swipe into a move, the way the page reads', () => {
    expect(moveForSwipe(-200, 10, 'ltr')).toBe('next');
    expect(moveForSwipe(200, 10, 'ltr')).toBe('back');
    expect(moveForSwipe(200, 10, 'rtl')).toBe('next');
  });

  it('ignores a short swipe and scrolling up or down a long ending', () => {
    expect(moveForSwipe(-30, 0, 'ltr')).toBeNull();
    expect(moveForSwipe(-100, 150, 'ltr')).toBeNull();
  });
});
