/**
 * i18next, initialised synchronously with English bundled (so the first screen never waits).
 * Other languages are separate chunks, loaded on demand and precached, so each works offline.
 * `lang` drives <html lang dir>; the choice is remembered on this device.
 */
import i18next from 'i18next';
import { computed, signal } from '@preact/signals';
import { readString, writeString } from '../lib/storage';
import { directionOf, isOffered, pickFromBrowser } from './languages';
import { en, type Resources } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}

const LANGUAGE_KEY = 'language';

/** First-strong isolate … pop directional isolate: the value keeps its own direction inside the sentence. */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

function isolateForDirection(value: unknown): string {
  const text = String(value);
  return directionOf(i18next.language) === 'rtl' ? isolate(text) : text;
}

// One chunk per language; English is bundled above.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json');

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  // Preact escapes markup itself, so the only "escaping" a value needs is for direction: in a
  // right-to-left language each inserted value (a phone number, a time, a postcode, an English
  // service name) is wrapped in Unicode isolates, or "0300 123 4043" shows as "4043 123 0300".
  // The isolates travel with the text into print, share and the QR code.
  interpolation: { escapeValue: true, escape: isolateForDirection },
  initAsync: false,
  returnNull: false,
});

/** The interface language; components that read it re-render when it changes. */
export const lang = signal(i18next.language);

/** The locale for dates and times: British English rather than the US default for plain "en". */
// Bengali keeps one digit system: Western digits, as its phone numbers (which must be dialled as
// printed) and the translations use, so dates and counts do not switch to Bengali digits beside them.
export const locale = computed(() => (lang.value === 'en' ? 'en-GB' : lang.value === 'bn' ? 'bn-u-nu-latn' : lang.value));

function applyToDocument(code: string): void {
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
}

/** Loads (if needed) and switches to `code`; returns false if its file could not be loaded. */
export async function setLanguage(code: string, remember = true): Promise<boolean> {
  if (!isOffered(code)) return false;
  if (code !== 'en' && !i18next.hasResourceBundle(code, 'translation')) {
    const load = loaders[`./locales/${code}.json`];
    if (!load) return false;
    try {
      i18next.addResourceBundle(code, 'translation', (await load()).default);
    } catch {
      // Offline before this language was cached: stay in the current language.
      return false;
    }
  }
  await i18next.changeLanguage(code);
  applyToDocument(code);
  lang.value = code;
  if (remember) writeString(LANGUAGE_KEY, code);
  return true;
}

/** Before the first render: the remembered choice, else the browser's languages. */
export async function initLanguage(): Promise<void> {
  const remembered = readString(LANGUAGE_KEY);
  const code = remembered && isOffered(remembered) ? remembered : pickFromBrowser(navigator.languages ?? []);
  if (code !== 'en') await setLanguage(code, Boolean(remembered));
}

/** Plain strings by key, for the current language: most calls pass no options. */
const plainCache = new Map<string, string>();
i18next.on('languageChanged', () => plainCache.clear());
// A page's own strings (pathways, plan) are added when its code loads: forget any earlier miss.
i18next.store.on('added', () => plainCache.clear());

/**
 * i18next's t, with a fast path for plain keys (no options): their text is read from the
 * resources once and remembered. i18next's full pipeline (nesting, interpolation, plurals,
 * fallbacks) costs a cheap phone about a tenth of a millisecond a call, and a page makes
 * hundreds. Anything with options, placeholders or nesting, or missing, goes to i18next.
 */
export const t = ((key: string, options?: unknown) => {
  if (options !== undefined || typeof key !== 'string') return (i18next.t as (k: unknown, o?: unknown) => string)(key, options);
  let text = plainCache.get(key);
  if (text === undefined) {
    const found: unknown = i18next.getResource(i18next.language, 'translation', key);
    text = typeof found === 'string' && !found.includes('{{') && !found.includes('$t(') ? found : i18next.t(key as never);
    plainCache.set(key, text);
  }
  return text;
}) as typeof i18next.t;

/** Subscribes the calling component to language changes and returns `t`. */
export function useT(): typeof t {
  void lang.value;
  return t;
}
