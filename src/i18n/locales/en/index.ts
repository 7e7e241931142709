/**
 * English, the source of every interface string and the type of the keys.
 * One file per feature (each with its own top-level keys) so features can grow independently.
 */
import app from './app.json';
import map from './map.json';
import pathways from './pathways.json';
import safety from './safety.json';
import saved from './saved.json';
import search from './search.json';

export const en = { ...app, ...search, ...map, ...safety, ...saved };
// The plan's and the pathways' strings load with their pages (src/features/timeline/plan-strings.ts,
// src/features/pathways/pathway-strings.ts), and so do the about and privacy pages' own texts
// (src/i18n/about-strings.ts, src/i18n/privacy-strings.ts; opening times' wording with the code
// that phrases them, src/i18n/schedule-strings.ts; the footer's "Privacy" link and the
// "cleared" notice stay in safety.json), not here: they are typed with the rest but not bundled
// into the home page.
export type Resources = typeof app &
  typeof search &
  typeof pathways &
  typeof map &
  typeof safety &
  typeof saved &
  typeof import('./plan.json') &
  typeof import('./about.json') &
  typeof import('./privacy.json') &
  typeof import('./schedule.json');
