/**
 * One pathway at the position its URL describes: a question, an ending, or the "Give to family"
 * screen. Every answer is a new history entry, so Back and Forward step through the questions.
 */
import { useLocation } from 'preact-iso';
import { Page } from '../../components/page';
import { lang } from '../../i18n/i18n';
import { isSensitivePosition } from './sensitive-pages';
import { replaceInAppNavigation } from '../safety/replace-navigation';
import type { Catalogue } from '../catalogue/model';
import { servicesById } from '../catalogue/queries';
import { AnswersSummary } from './answers-summary';
import { answersOf, contactsFor, parseAnswers, resolve, type Position } from './engine';
import { EndingView } from './ending-view';
import { GiveToFamily } from './give-to-family';
import { BothToggle } from './side-by-side';
import { StepQuestion } from './step-question';
import type { Pathway, PathwayContact } from './types';
import { useText } from './text';
import { pathwayUrl } from './urls';
import { enterFullScreen, leaveFullScreen, PresentationControls } from './presentation';
import type { Move } from './presentation-input';
import type { ComponentChildren } from 'preact';
import './pathways.css';

interface Props {
  pathway: Pathway;
  catalogue: Catalogue;
  query: Record<string, string | undefined>;
  give: boolean;
  /** Drawn after "Give to family" on an ending (the visit pack's button): the page wires it, so
   * pathways and the visit pack do not import each other. */
  endingActions?: (ending: { pathwayId: string; endingId: string; contacts: PathwayContact[] }) => ComponentChildren;
}

/** Where "Back" goes: the previous question with its answer still chosen, or the list of pathways. */
function backHref(pathway: Pathway, position: Position, handover: boolean, both: boolean): string {
  const previous = position.path.at(-1);
  if (!previous) return handover ? '/contact?handover=1' : '/contact';
  return pathwayUrl(pathway.id, answersOf(position), { step: previous.stepId, handover, both });
}

export function PathwayView({ pathway, catalogue, query, give, endingActions }: Props) {
  const text = useText();
  const { route } = useLocation();
  const handover = query.handover === '1';
  // Side by side is asked for in the URL and kept through hand-over links; it shows only when the
  // interface is not English (English beside English would say everything twice).
  const wantsBoth = handover && query.both === '1';
  const canShowBoth = handover && lang.value !== 'en';
  const answers = parseAnswers(query.a);
  const position = resolve(pathway, answers, query.step);
  const here = answersOf(position);
  // Danger, abuse or crisis: a neutral tab title, and answers that replace the history entry.
  const sensitive = isSensitivePosition(pathway.id, position);

  const back = backHref(pathway, position, handover, wantsBoth);
  const giveHref = pathwayUrl(pathway.id, here, { handover, both: wantsBoth, give: true });
  // Presentation mode's Back and Next, from the buttons, the arrow keys or a swipe.
  const move = (to: Move) => {
    if (to === 'back') route(give ? pathwayUrl(pathway.id, here, { handover, both: wantsBoth }) : back);
    else if (position.kind === 'step') document.querySelector<HTMLFormElement>('.pathway-question')?.requestSubmit();
    else if (!give) route(giveHref);
  };

  const answer = (stepId: string, answerId: string) => {
    // Later answers that still apply are kept, so changing one answer does not start again.
    const next = resolve(pathway, { ...answers, ...here, [stepId]: answerId });
    route(pathwayUrl(pathway.id, answersOf(next), { handover, both: wantsBoth }), isSensitivePosition(pathway.id, next));
  };

  const frame = (title: string, body: preact.ComponentChildren) => (
    <Page title={title} documentTitle={sensitive ? text('app.nav.contact') : undefined}>
      <div class={handover ? 'pathway pathway--handover' : 'pathway'} onClick={sensitive ? replaceInAppNavigation(route) : undefined}>
        <p class="caption pathway__caption">{text(pathway.title)}</p>
        {body}
        <p class="pathway__links no-print">
          {/* Full screen needs this tap; leaving keeps the same step. */}
          <a
            href={pathwayUrl(pathway.id, here, { step: query.step, handover: !handover, give })}
            onClick={handover ? leaveFullScreen : enterFullScreen}
          >
            {text(handover ? 'pathways.ui.handoverLeave' : 'pathways.ui.handoverStart')}
          </a>
          <a href={pathwayUrl(pathway.id, {}, { handover, both: wantsBoth })}>{text('pathways.ui.startAgain')}</a>
        </p>
      </div>
    </Page>
  );

  if (position.kind === 'step') {
    return frame(
      text(position.step.question),
      <>
        {!handover && (
          <a href={back} class="back-link no-print">
            {text('pathways.ui.back')}
          </a>
        )}
        <StepQuestion
          key={position.stepId}
          stepId={position.stepId}
          step={position.step}
          selected={position.selected}
          onAnswer={(answerId) => answer(position.stepId, answerId)}
        />
        {handover && <PresentationControls backHref={back} next="submit" onMove={move} />}
        {!handover && <AnswersSummary pathwayId={pathway.id} path={position.path} handover={false} />}
      </>,
    );
  }

  const endingHref = pathwayUrl(pathway.id, here, { handover, both: wantsBoth });
  if (give) {
    return frame(
      text('pathways.ui.give.title'),
      <>
        <GiveToFamily
          ending={position.ending}
          area={position.area}
          servicesById={servicesById(catalogue.services)}
          link={new URL(pathwayUrl(pathway.id, here), location.origin).href}
          backHref={endingHref}
        />
        {handover && <PresentationControls backHref={endingHref} onMove={move} />}
      </>,
    );
  }
  return frame(
    text(position.ending.title),
    <>
      {!handover && (
        <a href={back} class="back-link no-print">
          {text('pathways.ui.back')}
        </a>
      )}
      {canShowBoth && <BothToggle both={wantsBoth} href={pathwayUrl(pathway.id, here, { handover, both: !wantsBoth })} />}
      <EndingView ending={position.ending} area={position.area} catalogue={catalogue} both={canShowBoth && wantsBoth} />
      {/* After the contacts: on an urgent ending the call comes first (issue 20). */}
      <p class="no-print">
        <a href={giveHref} class="button">
          {text('pathways.ui.giveToFamily')}
        </a>
      </p>
      {endingActions?.({ pathwayId: pathway.id, endingId: position.endingId, contacts: contactsFor(position.ending, position.area) })}
      {handover && <PresentationControls backHref={back} next={giveHref} onMove={move} />}
      {!handover && <AnswersSummary pathwayId={pathway.id} path={position.path} handover={false} />}
    </>,
  );
}
