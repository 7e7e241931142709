/** Map and "near me" (built in the map work). */
import { Page } from '../components/page';
import { useT } from '../i18n/i18n';

export default function MapPage() {
  const t = useT();
  return <Page title={t('app.nav.map')} />;
}
