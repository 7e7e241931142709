/**
 * The frame around every page: skip and exit links, a compact header (service name, "Exit this
 * page", one language control and a "Menu" disclosure for the navigation on small screens), main,
 * and a footer with the data's date. A pathway in presentation mode (?handover=1) has no site
 * header, navigation or footer: only the language control and a small "Exit this page".
 */
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import meta from 'virtual:catalogue-meta';
import { ExitOverlay, ExitThisPageButton, exitPage, useTripleShiftExit } from '../features/safety/exit-this-page';
import { locale, useT } from '../i18n/i18n';
import { formatDate } from '../lib/dates';
import { sourceYearsText } from '../lib/freshness';
import { online } from '../pwa/online';
import { LanguageSwitcher } from './language-switcher';
import { OfflineReady, UpdateAvailable } from './update-prompt';
import { useDisclosure } from './use-disclosure';

const NAV_ITEMS = [
  ['/', 'app.nav.home'],
  ['/contact', 'app.nav.contact'],
  ['/map', 'app.nav.map'],
  ['/saved', 'app.nav.saved'],
  ['/about', 'app.nav.about'],
] as const;

const isCurrent = (path: string, href: string) => (href === '/' ? path === '/' : path.startsWith(href));

/** A pathway shown to a family on a home visit: the page is the whole screen. */
const isPresentation = (path: string, query: Record<string, string>) => path.startsWith('/contact/') && query.handover === '1';

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT();
  const { path, query } = useLocation();
  useTripleShiftExit();
  // The menu sits in the header, not over the page: a click elsewhere (the language list) leaves it open.
  // A new page starts with the menu closed, so its heading is in the first screen.
  const [menuOpen, , menuButton, menuPanel] = useDisclosure('site-navigation', undefined, path);
  const built = formatDate(meta.builtOn, locale.value);
  const years = sourceYearsText(meta);
  const skipLinks = (
    <>
      <a href="#main-content" class="skip-link">
        {t('app.skipLink')}
      </a>
      <a
        href="/leave-quickly"
        class="skip-link"
        onClick={(event) => {
          event.preventDefault();
          exitPage();
        }}
      >
        {t('safety.secondaryLink')}
      </a>
      <ExitOverlay />
    </>
  );

  if (isPresentation(path, query)) {
    return (
      <>
        {skipLinks}
        <div class="presentation-bar">
          <LanguageSwitcher />
          <ExitThisPageButton />
        </div>
        <div class="width-container width-container--presentation">
          <UpdateAvailable />
          <main id="main-content" tabIndex={-1} class="main main--presentation">
            {children}
          </main>
        </div>
      </>
    );
  }

  return (
    <>
      {skipLinks}
      <header class="header">
        <div class="width-container header__inner">
          <a href="/" class="header__name">
            {t('app.name')}
          </a>
          <p class="header__tagline">{t('app.tagline')}</p>
          <button type="button" class="disclosure-button header__menu-button" {...menuButton}>
            {t('app.menu')}
            <span aria-hidden="true" class="disclosure-button__arrow">
              ▾
            </span>
          </button>
          <nav {...menuPanel} aria-label={t('app.navLabel')} class={menuOpen ? 'header__nav header__nav--open' : 'header__nav'}>
            <ul>
              {NAV_ITEMS.map(([href, key]) => (
                <li key={href}>
                  <a href={href} aria-current={isCurrent(path, href) ? 'page' : undefined}>
                    {t(key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div class="header__controls">
            <LanguageSwitcher />
            <ExitThisPageButton />
          </div>
        </div>
      </header>
      <div class="width-container">
        <UpdateAvailable />
        {/* Offline, the page says so once, near the top and quietly; the footer keeps the build date.
            The region is always there, so going offline mid-visit is announced. */}
        <div role="status" class="offline-note">
          {!online.value && (
            <p>{years ? t('freshness.offline', { date: built, years }) : t('freshness.offlineNoSources', { date: built })}</p>
          )}
        </div>
        <main id="main-content" tabIndex={-1} class="main">
          {children}
        </main>
      </div>
      <footer class="footer">
        <div class="width-container">
          <OfflineReady />
          <p class="footer__freshness">
            {years ? t('freshness.built', { date: built, years }) : t('freshness.builtNoSources', { date: built })}
          </p>
          <ul class="footer__links">
            <li>
              <a href="/about">{t('app.nav.about')}</a>
            </li>
            <li>
              <a href="/privacy">{t('privacy.title')}</a>
            </li>
            <li>
              <a href="/words">{t('glossary.footerLink')}</a>
            </li>
            <li>
              <a href="/leave-quickly">{t('safety.learnMore')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
