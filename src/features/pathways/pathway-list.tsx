/**
 * The entry: urgent numbers first, then the pathways, each led by what a parent would say
 * ("I'm worried about my child's development"), with the 'I' statement it serves under it.
 * An urgent entry ("Pregnant and worried now") comes first.
 */
import { Page } from '../../components/page';
import { UrgentNumbers } from '../../components/urgent-numbers';
import type { Pathway } from './types';
import { useText } from './text';
import { pathwayUrl } from './urls';

/** Urgent entries first; otherwise the order of the files (pure). */
export function listOrder(pathways: Pathway[]): Pathway[] {
  return [...pathways.filter((p) => p.urgentEntry), ...pathways.filter((p) => !p.urgentEntry)];
}

export function PathwayList({ pathways, handover }: { pathways: Pathway[]; handover: boolean }) {
  const text = useText();
  return (
    <Page title={text('pathways.ui.title')}>
      <div class={handover ? 'pathway pathway--handover' : 'pathway'}>
        <UrgentNumbers />
        <p class="lead">{text('pathways.ui.lead')}</p>
        <h2>{text('pathways.ui.statementsHeading')}</h2>
        <ul class="card-list">
          {listOrder(pathways).map((p) => (
            <li key={p.id} class={p.urgentEntry ? 'card card--link card--urgent' : 'card card--link'}>
              <a href={pathwayUrl(p.id, {}, { handover })} class="card__link">
                {text(p.ask)}
              </a>
              {p.statement && <p class="hint pathway-aim">{text('pathways.ui.aim', { statement: text(p.statement) })}</p>}
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}
