/** The answers so far, each with a "Change" link that reopens that question (check-your-answers style). */
import { pathAnswers, type Visited } from './engine';
import { useText } from './text';
import { pathwayUrl } from './urls';

export function AnswersSummary({ pathwayId, path, handover }: { pathwayId: string; path: Visited[]; handover: boolean }) {
  const text = useText();
  if (path.length === 0) return null;
  const answers = pathAnswers(path);
  return (
    <section class="answers-summary" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{text('pathways.ui.yourAnswers')}</h2>
      <dl>
        {path.map((v) => (
          <div key={v.stepId} class="answers-summary__row">
            <dt>{text(v.step.question)}</dt>
            <dd>{text(v.answer.label)}</dd>
            <dd class="answers-summary__change">
              <a href={pathwayUrl(pathwayId, answers, { step: v.stepId, handover })}>
                {text('pathways.ui.change')}
                <span class="visually-hidden"> {text('pathways.ui.changeHidden', { question: text(v.step.question) })}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
