/**
 * The interface languages, each named in its own language (so a parent finds theirs without
 * reading English). Which are offered comes from data/area.json; right-to-left ones mirror the layout.
 */
import area from '../../data/area.json';

export interface LanguageOption {
  code: string;
  /** The language's name in itself. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

const ALL: LanguageOption[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'ur', nativeName: 'اردو', dir: 'rtl' },
  { code: 'bn', nativeName: 'বাংলা', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
];

export const LANGUAGES: LanguageOption[] = ALL.filter((l) => area.languages.includes(l.code));

export const isOffered = (code: string): boolean => LANGUAGES.some((l) => l.code === code);

/** The first of the browser's preferred languages we offer ("pl-PL" → "pl"), else English. */
export function pickFromBrowser(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isOffered(base)) return base;
  }
  return 'en';
}

export const directionOf = (code: string): 'ltr' | 'rtl' => ALL.find((l) => l.code === code)?.dir ?? 'ltr';
