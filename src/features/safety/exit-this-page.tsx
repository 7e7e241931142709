/**
 * "Exit this page" (GOV.UK component): the button, or Shift pressed three times, covers the page
 * at once and replaces it with a neutral site, rewriting this page's history entry to the home
 * page (leave-cleanly.ts). If Back brings the browser's saved copy of this document back, it
 * loads the home page afresh rather than uncovering the page that was left.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import area from '../../config/area';
import { t, useT } from '../../i18n/i18n';
import { leaveCleanly } from './leave-cleanly';
import { createShiftCounter } from './triple-shift';
import './exit-this-page.css';

const exiting = signal(false);
const shiftsNeeded = signal<number | null>(null);

export function exitPage(): void {
  exiting.value = true;
  leaveCleanly(window, area.exit_site, `${t('home.title')} – ${t('app.name')}`);
}

/** Listens for Shift ×3 anywhere on the page; mount once. */
export function useTripleShiftExit(): void {
  useEffect(() => {
    const counter = createShiftCounter();
    const onKey = (event: KeyboardEvent) => {
      const remaining = counter.press(event.key, event.timeStamp);
      shiftsNeeded.value = remaining === null || remaining === 0 ? null : remaining;
      if (remaining === 0) exitPage();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      // Restored from the back/forward cache after leaving: its address is already the home
      // page's; load that afresh, still covered, so the page that was left never shows again.
      if (event.persisted && exiting.value) {
        window.location.reload();
        return;
      }
      exiting.value = false;
      shiftsNeeded.value = null;
    };
    document.addEventListener('keydown', onKey);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);
}

export function ExitThisPageButton() {
  const t = useT();
  return (
    <div class="exit-this-page">
      <button type="button" class="exit-this-page__button" onClick={exitPage}>
        <span class="visually-hidden">{t('safety.emergency')} </span>
        {t('safety.exitButton')}
      </button>
      <span class="visually-hidden" role="status">
        {shiftsNeeded.value !== null ? t('safety.shiftProgress', { count: shiftsNeeded.value }) : ''}
      </span>
    </div>
  );
}

/** Covers everything the moment exit starts, before the neutral site has loaded. */
export function ExitOverlay() {
  const t = useT();
  if (!exiting.value) return null;
  return (
    <div class="exit-this-page__overlay" role="alert">
      <span class="visually-hidden">{t('safety.exiting')}</span>
    </div>
  );
}
