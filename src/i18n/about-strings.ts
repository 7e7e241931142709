/**
 * The about page's English text (about 0.6 KB gzip) travels with that page's code, not in the
 * home page's bundle. Other languages carry it in their own files, loaded when chosen.
 * Importing this module registers it before the page renders.
 */
import i18next from 'i18next';
// i18next gains addResourceBundle in init(), which ./i18n runs: load it first.
import './i18n';
import about from './locales/en/about.json';

i18next.addResourceBundle('en', 'translation', about, true, false);
