/** "Who can I contact?" pathways (built in the pathways work). */
import { Page } from '../components/page';
import { useT } from '../i18n/i18n';

export default function PathwaysPage() {
  const t = useT();
  return <Page title={t('app.nav.contact')} />;
}
