/** Saved services (built in the "find a service" work). */
import { Page } from '../components/page';
import { useT } from '../i18n/i18n';

export default function SavedPage() {
  const t = useT();
  return <Page title={t('app.nav.saved')} />;
}
