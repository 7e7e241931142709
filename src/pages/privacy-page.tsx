/** What the app keeps on the device and what crosses the network, with a way to clear it all. */
import { useState } from 'preact/hooks';
import { Page } from '../components/page';
import { clearEverythingAndRestart } from '../features/safety/clear-device';
import { useT } from '../i18n/i18n';
import '../i18n/privacy-strings';

export default function PrivacyPage() {
  const t = useT();
  // Online, success reloads to the home page, which says everything was removed.
  const [result, setResult] = useState<'cleared' | 'failed' | null>(null);
  return (
    <Page title={t('privacy.title')}>
      <p class="lead">{t('privacy.intro')}</p>
      <h2>{t('privacy.storedHeading')}</h2>
      <ul class="list">
        <li>{t('privacy.storedLanguage')}</li>
        <li>{t('privacy.storedSaved')}</li>
        <li>{t('privacy.storedPlan')}</li>
        <li>{t('privacy.storedPlace')}</li>
        <li>{t('privacy.storedOffline')}</li>
        <li>{t('privacy.storedTiles')}</li>
        <li>{t('privacy.storedVisitPack')}</li>
      </ul>
      <h2>{t('privacy.networkHeading')}</h2>
      <p>{t('privacy.network')}</p>
      <h2>{t('privacy.clearHeading')}</h2>
      <p>{t('privacy.clearIntro')}</p>
      <button
        type="button"
        class="button button--warning"
        onClick={() => void clearEverythingAndRestart().then((ok) => setResult(ok ? 'cleared' : 'failed'))}
      >
        {t('privacy.clearButton')}
      </button>
      <p role="status" class="privacy__result">
        {result === 'cleared' ? t('privacy.cleared') : result === 'failed' ? t('privacy.clearFailed') : ''}
      </p>
    </Page>
  );
}
