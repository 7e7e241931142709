/** The entry: urgent numbers first, then the five pathways in the parent's own words. */
import { Page } from '../../components/page';
import { UrgentNumbers } from '../../components/urgent-numbers';
import type { Pathway } from './types';
import { useText } from './text';
import { pathwayUrl } from './urls';

export function PathwayList({ pathways, handover }: { pathways: Pathway[]; handover: boolean }) {
  const text = useText();
  return (
    <Page title={text('pathways.ui.title')}>
      <div class={handover ? 'pathway pathway--handover' : 'pathway'}>
        <UrgentNumbers />
        <p class="lead">{text('pathways.ui.lead')}</p>
        <h2>{text('pathways.ui.statementsHeading')}</h2>
        <ul class="card-list">
          {pathways.map((p) => (
            <li key={p.id} class="card card--link">
              <a href={pathwayUrl(p.id, {}, { handover })} class="card__link">
                {text(p.statement)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}
