/**
 * The plan's English strings travel with the plan's own code, not in the home page's bundle
 * (they would add about 2.7 KB gzip to every first visit). Other languages carry them in their
 * own files, loaded when chosen. Importing this module registers them before the page renders.
 */
import i18next from 'i18next';
// i18next gains addResourceBundle in init(), which src/i18n/i18n.ts runs: load it first.
import '../../i18n/i18n';
import plan from '../../i18n/locales/en/plan.json';

i18next.addResourceBundle('en', 'translation', plan, true, false);
