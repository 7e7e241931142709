/** Every language offered, each in its own name, on every page; the choice is remembered. */
import { useState } from 'preact/hooks';
import { lang, setLanguage, useT } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';

export function LanguageSwitcher() {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const choose = async (code: string) => setFailed(!(await setLanguage(code)));
  return (
    <nav class="language-switcher" aria-label={t('languages.label')}>
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
  );
}
