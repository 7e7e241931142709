/**
 * Opening times' and sessions' English wording ("Every other Tuesday", "first Monday of the
 * month") travels with the code that phrases them (src/features/opening-times/opening-times.ts),
 * not in the home page's bundle, which shows no opening times. Other languages carry it in their
 * own files. Importing this module registers it before anything phrases a time.
 */
import i18next from 'i18next';
// i18next gains addResourceBundle in init(), which ./i18n runs: load it first.
import './i18n';
import schedule from './locales/en/schedule.json';

i18next.addResourceBundle('en', 'translation', schedule, true, false);
