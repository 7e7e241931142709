/**
 * The two service-worker messages (and "everything has been removed" after Clear everything), each in a live region that exists from the start so screen
 * readers announce it. "Update available: Reload" sits above the page, where it is seen;
 * "Ready to use offline" sits in the footer beside the data's date, so its arrival never
 * pushes the page content down under the reader's eyes.
 */
import { applyUpdate, deviceCleared, offlineReady, updateWaiting } from '../pwa/register';
import { useT } from '../i18n/i18n';

export function UpdateAvailable() {
  const t = useT();
  return (
    <div class="app-status" role="status">
      {deviceCleared.value && <p class="app-status__message">{t('privacy.cleared')}</p>}
      {updateWaiting.value && (
        <p class="app-status__message">
          {t('pwa.updateAvailable')}{' '}
          <button type="button" class="button button--small" onClick={applyUpdate}>
            {t('pwa.reload')}
          </button>
        </p>
      )}
    </div>
  );
}

export function OfflineReady() {
  const t = useT();
  return (
    <p class="footer__offline-ready" role="status">
      {offlineReady.value && !updateWaiting.value ? t('pwa.offlineReady') : ''}
    </p>
  );
}
