/**
 * "Who can I contact?": /contact lists the five pathways; /contact/<id>?a=step:answer,… is a
 * question or an ending; /contact/<id>/give?a=… gives the contacts to a family. ?handover=1
 * is the large-type mode a health visitor shows a family; ?step=<id> reopens a question to change it.
 */
import { useLocation } from 'preact-iso';
import { WithCatalogue } from '../components/with-catalogue';
import { PathwayList } from '../features/pathways/pathway-list';
import { PathwayView } from '../features/pathways/pathway-view';
import type { PathwayContact } from '../features/pathways/types';
import { AddToPack } from '../features/visit-pack/add-to-pack';
import { packItemsFor } from '../features/visit-pack/pack-items';

/** "Add to visit pack" after "Give to family" on every ending. */
const addEndingToPack = ({ pathwayId, endingId, contacts }: { pathwayId: string; endingId: string; contacts: PathwayContact[] }) => (
  <AddToPack items={packItemsFor(pathwayId, endingId, contacts)} />
);
import { useText } from '../features/pathways/text';
import { WithPathways } from '../features/pathways/with-pathways';
import { NotFoundPage } from './not-found-page';

function PathwayNotFound() {
  const text = useText();
  return (
    <NotFoundPage
      title={text('pathways.ui.notFoundTitle')}
      body={text('pathways.ui.notFound')}
      link={{ href: '/contact', text: text('pathways.ui.allPathways') }}
    />
  );
}

export default function PathwaysPage() {
  const { path, query } = useLocation();
  const [, id, screen, ...extra] = path.split('/').filter(Boolean);
  const handover = query.handover === '1';
  if (!id) return <WithPathways>{(pathways) => <PathwayList pathways={pathways} handover={handover} />}</WithPathways>;
  if ((screen !== undefined && screen !== 'give') || extra.length > 0) return <PathwayNotFound />;
  return (
    <WithPathways>
      {(pathways) => {
        const pathway = pathways.find((p) => p.id === id);
        if (!pathway) return <PathwayNotFound />;
        return (
          <WithCatalogue>
            {(catalogue) => (
              <PathwayView pathway={pathway} catalogue={catalogue} query={query} give={screen === 'give'} endingActions={addEndingToPack} />
            )}
          </WithCatalogue>
        );
      }}
    </WithPathways>
  );
}
