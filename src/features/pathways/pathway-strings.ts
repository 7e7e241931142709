/**
 * The pathways' English strings (about 5 KB gzip) travel with the code that shows them (the
 * pathway pages, the service page's "Who can I contact?" links, search's urgent box), not in
 * the home page's bundle. Other languages carry them in their own files, loaded when chosen.
 * Importing this module registers them before the importing page renders.
 */
import i18next from 'i18next';
// i18next gains addResourceBundle in init(), which src/i18n/i18n.ts runs: load it first.
import '../../i18n/i18n';
import pathways from '../../i18n/locales/en/pathways.json';

i18next.addResourceBundle('en', 'translation', pathways, true, false);
