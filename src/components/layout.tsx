/** The frame around every page: skip and exit links, header, languages, navigation, main, footer with the data's date. */
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import meta from 'virtual:catalogue-meta';
import { ExitOverlay, ExitThisPageButton, exitPage, useTripleShiftExit } from '../features/safety/exit-this-page';
import { locale, useT } from '../i18n/i18n';
import { formatDate } from '../lib/dates';
import { sourceYearsText } from '../lib/freshness';
import { online } from '../lib/online';
import { LanguageSwitcher } from './language-switcher';
import { OfflineReady, UpdateAvailable } from './update-prompt';

const NAV_ITEMS = [
  ['/', 'app.nav.home'],
  ['/contact', 'app.nav.contact'],
  ['/map', 'app.nav.map'],
  ['/saved', 'app.nav.saved'],
  ['/about', 'app.nav.about'],
] as const;

const isCurrent = (path: string, href: string) => (href === '/' ? path === '/' : path.startsWith(href));

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT();
  const { path } = useLocation();
  useTripleShiftExit();
  const built = formatDate(meta.builtOn, locale.value);
  const years = sourceYearsText(meta);
  return (
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
      <LanguageSwitcher />
      <header class="header">
        <div class="width-container header__inner">
          <a href="/" class="header__name">
            {t('app.name')}
          </a>
          <p class="header__tagline">{t('app.tagline')}</p>
          <nav aria-label={t('app.navLabel')} class="header__nav">
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
        </div>
      </header>
      <div class="width-container">
        <ExitThisPageButton />
        <UpdateAvailable />
        {/* Offline, the page says so once, near the top and quietly; the footer keeps the build date.
            The region is always there, so going offline mid-visit is announced. */}
        <div role="status" class="offline-note">
          {!online.value && (
            <p>
              {years
                ? t('freshness.offline', { date: built, years })
                : t('freshness.offlineNoSources', { date: built })}
            </p>
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
