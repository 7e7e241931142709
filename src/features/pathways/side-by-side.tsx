/**
 * Hand-over mode, side by side: the same pathway texts in the family's language and in English,
 * so a health visitor and a family can read one screen together. Each column carries its own
 * lang and dir, so screen readers switch voice and right-to-left text runs the right way.
 */
import type { ComponentChildren } from 'preact';
import { lang } from '../../i18n/i18n';
import { directionOf, LANGUAGES } from '../../i18n/languages';
import { englishText, useText, type Text } from './text';

interface Props {
  /** Renders one column's content with that column's language. */
  children: (text: Text) => ComponentChildren;
}

/** The two columns' headings are each language's own name ("English", "اردو"), never translated. */
function Column({ code, text, render }: { code: string; text: Text; render: Props['children'] }) {
  const name = LANGUAGES.find((l) => l.code === code)?.nativeName ?? code;
  return (
    <div class="side-by-side__column" lang={code} dir={directionOf(code)}>
      <p class="side-by-side__language">{name}</p>
      {render(text)}
    </div>
  );
}

export function SideBySide({ children }: Props) {
  const text = useText();
  return (
    <div class="side-by-side" role="group" aria-label={text('pathways.ui.both.label')}>
      <Column code={lang.value} text={text} render={children} />
      <Column code="en" text={englishText()} render={children} />
    </div>
  );
}

/**
 * The hand-over toggle, a link so the choice lives in the URL (kept on reload and Back). Its text
 * is in the family's language with the English after it, for a health visitor who reads only English.
 */
export function BothToggle({ both, href }: { both: boolean; href: string }) {
  const text = useText();
  const key = both ? 'pathways.ui.both.hide' : 'pathways.ui.both.show';
  return (
    <p class="no-print">
      <a href={href} class="button button--secondary side-by-side__toggle">
        {text(key)}{' '}
        <span lang="en" dir="ltr">
          ({englishText()(key)})
        </span>
      </a>
    </p>
  );
}
