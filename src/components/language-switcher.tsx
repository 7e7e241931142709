/**
 * One language control: the current language's own name ("English ▾"), opening the list of
 * every language offered, each in its own name (so a parent finds theirs without reading
 * English). The choice is remembered. A disclosure, not a menu: plain buttons Tab reaches.
 */
import { useRef, useState } from 'preact/hooks';
import { lang, setLanguage, useT } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { useDisclosure } from './use-disclosure';

export function LanguageSwitcher() {
  const t = useT();
  // The list floats over the page, so a tap or click outside the control closes it.
  const root = useRef<HTMLDivElement>(null);
  const [open, close, buttonProps, panelProps] = useDisclosure('language-list', root);
  const [failed, setFailed] = useState(false);
  const current = LANGUAGES.find((l) => l.code === lang.value) ?? LANGUAGES[0]!;

  const choose = async (code: string) => {
    const loaded = await setLanguage(code);
    setFailed(!loaded);
    // Closed once the page speaks the new language; left open with the message when it did not load.
    if (loaded) close(true);
  };

  return (
    <div class="language-switcher" ref={root}>
      <button type="button" class="disclosure-button language-switcher__toggle" {...buttonProps}>
        <span class="visually-hidden">{t('languages.label')}: </span>
        <span lang={current.code} dir={current.dir}>
          {current.nativeName}
        </span>
        <span aria-hidden="true" class="disclosure-button__arrow">
          ▾
        </span>
      </button>
      <nav {...panelProps} class="language-switcher__panel" aria-label={t('languages.label')} hidden={!open}>
        <ul class="language-switcher__list">
          {LANGUAGES.map((l) => (
            <li key={l.code}>
              <button
                type="button"
                lang={l.code}
                dir={l.dir}
                class="language-switcher__option"
                aria-pressed={lang.value === l.code}
                onClick={() => void choose(l.code)}
              >
                {l.nativeName}
              </button>
            </li>
          ))}
        </ul>
        {failed && (
          <p class="language-switcher__error" role="alert">
            {t('languages.loadFailed')}
          </p>
        )}
        {lang.value !== 'en' && <p class="language-switcher__note">{t('languages.recordsInEnglish')}</p>}
      </nav>
    </div>
  );
}
