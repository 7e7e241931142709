/**
 * Explains "Exit this page" before anyone relies on it: exactly what it does (replaces this page,
 * Back shows the home page, neutral titles on sensitive pages) and what it does not (history list,
 * earlier pages, what is saved on the device: with a link to clear that).
 */
import { Page } from '../components/page';
import area from '../config/area';
import { useT } from '../i18n/i18n';

// A UK council's page on covering your tracks online (found through the stored public pages).
const TRACKS_ADVICE_URL = 'https://www.scotborders.gov.uk/emergencies-safety/domestic-abuse/4';

export default function SafetyPage() {
  const t = useT();
  return (
    <Page title={t('safety.pageTitle')}>
      <p class="lead">{t('safety.intro')}</p>
      <h2>{t('safety.whatItDoesHeading')}</h2>
      <p>{t('safety.whatItDoes', { site: new URL(area.exit_site).hostname })}</p>
      <h2>{t('safety.whatItDoesNotHeading')}</h2>
      <p>{t('safety.whatItDoesNot')}</p>
      <p>
        <a href="/privacy">{t('privacy.title')}</a>
      </p>
      <h2>{t('safety.privateBrowsingHeading')}</h2>
      <p>{t('safety.privateBrowsing')}</p>
      <p>
        <a href={TRACKS_ADVICE_URL} rel="noopener noreferrer">
          {t('safety.adviceLink')}
        </a>
      </p>
      <h2>{t('safety.dangerHeading')}</h2>
      <p>
        <a href="tel:999">{t('safety.danger')}</a>
      </p>
      <p>
        <a href="/categories/cat-domestic-abuse">{t('safety.domesticAbuse')}</a>
      </p>
    </Page>
  );
}
