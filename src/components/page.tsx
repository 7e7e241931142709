/**
 * Every page's frame: sets the document title, marks the page ready (tests and the
 * offline check wait for html[data-ready="true"]) and, after an in-app navigation,
 * moves focus to the heading so screen-reader users hear where they are.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/i18n';

let navigatedInApp = false;

/** Called by the router on every route change after the first page. */
export function noteNavigation(): void {
  navigatedInApp = true;
}

interface PageProps {
  title: string;
  /** Marks a heading that is data (a service's name, always English) for screen readers. */
  titleLang?: string;
  /** The browser tab's title when it must not repeat the heading (a sensitive page: history keeps titles). */
  documentTitle?: string;
  /**
   * False while the page's main content is still loading though its frame already shows (the
   * search form before its results): html[data-ready] then says "false" until it is there.
   */
  ready?: boolean;
  children?: ComponentChildren;
}

export function Page({ title, titleLang, documentTitle, ready = true, children }: PageProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${documentTitle ?? title} – ${t('app.name')}`;
    if (navigatedInApp) heading.current?.focus();
  }, [title, documentTitle, t]);
  useEffect(() => {
    document.documentElement.dataset.ready = ready ? 'true' : 'false';
  }, [ready]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} class="page-title" lang={titleLang} dir={titleLang ? 'auto' : undefined}>
        {title}
      </h1>
      {children}
    </>
  );
}

/** Shown while a page's data loads; also offers a retry when loading failed. */
export function Loading({ failed, onRetry }: { failed?: boolean; onRetry?: () => void }) {
  const t = useT();
  useEffect(() => {
    document.documentElement.dataset.ready = 'false';
  }, []);
  if (failed) {
    return (
      <div class="notice" role="alert">
        <p>{t('app.loadFailed')}</p>
        {onRetry && (
          <button type="button" class="button button--secondary" onClick={onRetry}>
            {t('app.tryAgain')}
          </button>
        )}
      </div>
    );
  }
  return (
    <p class="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
