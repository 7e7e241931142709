/**
 * /visit-pack: the contacts a health visitor gathered during a visit, as one sheet and one QR
 * code. /visit-pack?lang=ur&c=…&d=… is the same pack opened from its link on the family's
 * phone, in the language it was given in (for this visit only: the choice is not remembered).
 */
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Page } from '../components/page';
import { WithCatalogue } from '../components/with-catalogue';
import { useText } from '../features/pathways/text';
import { WithPathways } from '../features/pathways/with-pathways';
import { readPackQuery } from '../features/visit-pack/pack-link';
import { VisitPackView } from '../features/visit-pack/visit-pack-view';
import { lang, setLanguage } from '../i18n/i18n';
import { isOffered } from '../i18n/languages';
import '../features/pathways/pathways.css';
import '../features/visit-pack/visit-pack.css';

export default function VisitPackPage() {
  const text = useText();
  const { query } = useLocation();
  const shared = readPackQuery(query, isOffered);
  const language = shared?.language;
  useEffect(() => {
    if (language && language !== lang.value) void setLanguage(language, false);
  }, [language]);
  // The page (and its "ready" mark) only once the data has loaded, as the other pages do.
  return (
    <WithPathways>
      {(pathways) => (
        <WithCatalogue>
          {(catalogue) => (
            <Page title={text('pathways.ui.pack.title')}>
              <VisitPackView catalogue={catalogue} pathways={pathways} shared={shared} />
            </Page>
          )}
        </WithCatalogue>
      )}
    </WithPathways>
  );
}
