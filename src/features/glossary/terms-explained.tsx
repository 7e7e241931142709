/**
 * "What some words on this page mean": the UK terms a page's text uses, explained once in the
 * family's language, as a disclosure under the text that first uses them (not a tooltip, which
 * touch screens and screen readers handle badly).
 */
import { useMemo } from 'preact/hooks';
import { lang, useT } from '../../i18n/i18n';
import { explain, termsIn } from './terms';
import './glossary.css';

export function TermsExplained({ texts }: { texts: readonly string[] }) {
  const t = useT();
  const key = texts.join('\u0000');
  // Worked out again only when the words change, not for every new array of the same texts.
  const ids = useMemo(() => termsIn(key.split('\u0000')), [key]);
  if (ids.length === 0) return null;
  return (
    <details class="terms-explained">
      <summary>{t('glossary.onThisPage')}</summary>
      <TermList ids={ids} />
      <p>
        <a href="/words">{t('glossary.allWords')}</a>
      </p>
    </details>
  );
}

export function TermList({ ids }: { ids: readonly string[] }) {
  const code = lang.value;
  return (
    <dl class="terms-list">
      {ids.map((id) => {
        const term = explain(id, code);
        return term ? (
          <div key={id} id={`word-${id}`} class="terms-list__item">
            <dt>{term.term}</dt>
            <dd>{term.meaning}</dd>
          </div>
        ) : null;
      })}
    </dl>
  );
}
