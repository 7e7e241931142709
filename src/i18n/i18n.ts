/**
 * i18next, initialised synchronously with English bundled (so the first screen never waits).
 * Other languages will load lazily (issue: languages). `lang` drives <html lang dir>.
 */
import i18next from 'i18next';
import { computed, signal } from '@preact/signals';
import { en, type Resources } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  // Preact escapes text itself; i18next must not double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** The interface language; components that read it re-render when it changes. */
export const lang = signal(i18next.language);

/** The locale for dates and times: British English rather than the US default for plain "en". */
export const locale = computed(() => (lang.value === 'en' ? 'en-GB' : lang.value));

i18next.on('languageChanged', (lng) => {
  lang.value = lng;
  document.documentElement.lang = lng;
  document.documentElement.dir = i18next.dir(lng);
});

export const t = i18next.t.bind(i18next);

/** Subscribes the calling component to language changes and returns `t`. */
export function useT(): typeof t {
  void lang.value;
  return t;
}
