/** /words: every UK term the app explains, in the family's language. */
import { Page } from '../components/page';
import { TermList } from '../features/glossary/terms-explained';
import { allTermIds } from '../features/glossary/terms';
import { lang, useT } from '../i18n/i18n';

export default function WordsPage() {
  const t = useT();
  return (
    <Page title={t('glossary.title')}>
      <p class="lead">{t('glossary.lead')}</p>
      {lang.value !== 'en' && <p class="hint">{t('glossary.draft')}</p>}
      <TermList ids={allTermIds()} />
    </Page>
  );
}
