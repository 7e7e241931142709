/**
 * "Exit this page" (GOV.UK component): the button, or Shift pressed three times, blanks the page
 * at once and loads a neutral site. It uses location.href, so Back returns here: the page resets
 * on `pageshow` so a returning visitor never sees the blank screen.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import area from '../../config/area';
import { useT } from '../../i18n/i18n';
import { createShiftCounter } from './triple-shift';
import './exit-this-page.css';

const exiting = signal(false);
const shiftsNeeded = signal<number | null>(null);

export function exitPage(): void {
  exiting.value = true;
  window.location.href = area.exit_site;
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
    const onPageShow = () => {
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
