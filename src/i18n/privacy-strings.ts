/**
 * The privacy page's English text (about 0.5 KB gzip) travels with that page's code, not in the
 * home page's bundle; only its title (the footer's link) and the "cleared" notice stay in
 * locales/en/safety.json. Other languages carry it all in their own files, loaded when chosen.
 * Importing this module adds it, merged into "privacy", before the page renders.
 */
import i18next from 'i18next';
// i18next gains addResourceBundle in init(), which ./i18n runs: load it first.
import './i18n';
import privacy from './locales/en/privacy.json';

i18next.addResourceBundle('en', 'translation', privacy, true, false);
