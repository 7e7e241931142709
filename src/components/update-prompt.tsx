/** "Ready to use offline" after the first install; "Update available: Reload" for a new version. */
import { applyUpdate, offlineReady, updateWaiting } from '../pwa/register';
import { useT } from '../i18n/i18n';

export function UpdatePrompt() {
  const t = useT();
  return (
    <div class="app-status" role="status">
      {updateWaiting.value ? (
        <p class="app-status__message">
          {t('pwa.updateAvailable')}{' '}
          <button type="button" class="button button--small" onClick={applyUpdate}>
            {t('pwa.reload')}
          </button>
        </p>
      ) : offlineReady.value ? (
        <p class="app-status__message">
          {t('pwa.offlineReady')}{' '}
          <button type="button" class="link-button" onClick={() => (offlineReady.value = false)}>
            {t('pwa.dismiss')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
