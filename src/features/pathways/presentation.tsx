/**
 * Presentation mode for a home visit (?handover=1): big Back and Next buttons, the arrow keys
 * (Page Up/Down for a presenter's clicker) and swipes, full screen on request, and the screen
 * kept awake where the browser allows it. The site header is left out by the Layout.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { moveForKey, moveForSwipe, isOwnedByField, type Move } from './presentation-input';
import { useText } from './text';

interface Props {
  backHref: string;
  /** A link for Next, "submit" to send the question's form (so an unanswered question says so), or none at the end. */
  next?: string | 'submit';
  onMove: (move: Move) => void;
}

const pageDir = () => (document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');

/** Asks for full screen; only allowed during a tap or key press, and never an error if refused. */
export function enterFullScreen(): void {
  if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => {});
}

export function leaveFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
}

/** Keeps the screen on while presenting; the lock is dropped when the tab is hidden, so ask again on return. */
function useWakeLock(): void {
  useEffect(() => {
    let lock: WakeLockSentinel | undefined;
    let active = true;
    const request = async () => {
      try {
        const next = await navigator.wakeLock?.request('screen');
        if (active) lock = next;
        else void next?.release();
      } catch {
        // Not allowed (battery saver, no permission, an older browser): the visit goes on.
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => {});
    };
  }, []);
}

/** Arrow keys and swipes anywhere on the screen. */
function useKeysAndSwipes(onMove: (move: Move) => void): void {
  const latest = useRef(onMove);
  latest.current = onMove;
  useEffect(() => {
    let start: { x: number; y: number } | null = null;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isOwnedByField(event.target))
        return;
      const move = moveForKey(event.key, pageDir());
      if (!move) return;
      event.preventDefault();
      latest.current(move);
    };
    const onTouchStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onTouchEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const move = moveForSwipe(touch.clientX - start.x, touch.clientY - start.y, pageDir());
      start = null;
      if (move) latest.current(move);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('touchstart', onTouchStart, { passive: true });
    document.addEventListener('touchend', onTouchEnd, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('touchstart', onTouchStart);
      document.removeEventListener('touchend', onTouchEnd);
    };
  }, []);
}

/** Whether the page is full screen now (the family or the browser may leave it with Escape). */
function useIsFullScreen(): boolean {
  const [full, setFull] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return full;
}

export function PresentationControls({ backHref, next, onMove }: Props) {
  const text = useText();
  useWakeLock();
  useKeysAndSwipes(onMove);
  const isFullScreen = useIsFullScreen();
  return (
    <div class="presentation__controls no-print">
      <a href={backHref} class="button button--secondary presentation__button">
        {text('pathways.ui.back')}
      </a>
      {next === 'submit' && (
        <button type="button" class="button presentation__button" onClick={() => onMove('next')}>
          {text('pathways.ui.next')}
        </button>
      )}
      {next && next !== 'submit' && (
        <a href={next} class="button presentation__button">
          {text('pathways.ui.next')}
        </a>
      )}
      {document.fullscreenEnabled && !isFullScreen && (
        <button type="button" class="link-button presentation__full-screen" onClick={enterFullScreen}>
          {text('pathways.ui.fullScreen')}
        </button>
      )}
    </div>
  );
}
