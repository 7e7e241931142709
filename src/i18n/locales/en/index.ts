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

export const en = { ...app, ...search, ...pathways, ...map, ...safety, ...saved };
export type Resources = typeof app & typeof search & typeof pathways & typeof map & typeof safety & typeof saved;
