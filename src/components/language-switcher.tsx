/**
 * One language control: the current language's own name ("English ▾"), opening the list of
 * every language offered, each in its own name (so a parent finds theirs without reading
 * English). The choice is remembered. A disclosure, not a menu: plain buttons Tab reaches.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { lang, setLanguage, useT } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';

export function LanguageSwitcher() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const current = LANGUAGES.find((l) => l.code === lang.value) ?? LANGUAGES[0]!;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };
  const choose = async (code: string) => {
    const loaded = await setLanguage(code);
    setFailed(!loaded);
    // Closed once the page speaks the new language; left open with the message when it did not load.
    if (loaded) close(true);
  };

  // A tap or click elsewhere closes the list, as a disclosure that floats over the page should.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('click', onPointer);
    return () => document.removeEventListener('click', onPointer);
  }, [open]);

  return (
    <div
      class="language-switcher"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) close(true);
      }}
    >
      <button
        type="button"
        ref={toggle}
        class="disclosure-button language-switcher__toggle"
        aria-expanded={open}
        aria-controls="language-list"
        onClick={() => setOpen(!open)}
      >
        <span class="visually-hidden">{t('languages.label')}: </span>
        <span lang={current.code} dir={current.dir}>
          {current.nativeName}
        </span>
        <span aria-hidden="true" class="disclosure-button__arrow">
          ▾
        </span>
      </button>
      <nav id="language-list" class="language-switcher__panel" aria-label={t('languages.label')} hidden={!open}>
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
