/**
 * The catalogue's Vite plugin: validates data/ when the build starts (failing it with one line
 * per problem: file, record id, field, reason) and ships the normalised catalogue as
 * /data/catalogue.json (with its search postings, /data/search-postings.json), which index.html preloads on the pages that show services (see
 * build/first-render/route-preloads.ts) and the service worker precaches. Node-only: imported by vite.config.ts, never by the app.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { readArea } from './catalogue-files';
import { feedLayerIds, readLayeredCatalogue } from './catalogue-layers';
import { sourceYears, type SourceYears } from '../src/features/catalogue/source-years';
import { normaliseCatalogue } from '../src/features/catalogue/normalise';
import type { Catalogue } from '../src/features/catalogue/model';
import { TABLE_NAMES, type CatalogueFiles } from '../src/features/catalogue/oruk';
import type { Pathway } from '../src/features/pathways/types';
import { formatProblem, validateCatalogue } from '../src/features/catalogue/validate';
import { formatWarnings, isStrict, loadPathways, pathwaysModule, PathwaysError } from './pathway-files';
import type { Problem } from '../src/features/pathways/validate';
import { postingsFile, SEARCH_POSTINGS_PATH } from '../src/features/search/prebuilt-search';

/** Where the app fetches the catalogue (also in src/features/catalogue/catalogue.ts). */
export const CATALOGUE_PATH = 'data/catalogue.json';
/** A few bytes the first screen needs (the data's date) without loading the whole catalogue. */
const META_ID = 'virtual:catalogue-meta';
const RESOLVED_META_ID = '\0' + META_ID;
/** data/pathways, checked against the catalogue; loaded by the "Who can I contact?" pages only. */
const PATHWAYS_ID = 'virtual:pathways';
const RESOLVED_PATHWAYS_ID = '\0' + PATHWAYS_ID;

export class CatalogueError extends Error {}

/** Reads the core and feed layers (catalogue-layers.ts) and validates them joined; throws CatalogueError listing every problem. */
export function loadValidCatalogue(dataDir: string): CatalogueFiles {
  const area = readArea(path.join(dataDir, 'area.json'));
  const { files, problems } = readLayeredCatalogue(dataDir);
  problems.push(...validateCatalogue(files, area));
  if (problems.length > 0) {
    const lines = problems.map(formatProblem).join('\n');
    throw new CatalogueError(`The catalogue in data/ has ${problems.length} problem(s):\n${lines}`);
  }
  return files as unknown as CatalogueFiles;
}

interface LoadedData {
  catalogue: Catalogue;
  pathways: Pathway[];
  /** Pathway contacts the catalogue could not fill as the data prefers (printed; fatal when strict). */
  pathwayWarnings: Problem[];
  sourceYears: SourceYears;
}

export function cataloguePlugin(dataDir: string): Plugin {
  // Read and validated once per build (and again after a data file changes in dev), then shared
  // by the catalogue file, the meta module and the pathways module.
  let loaded: LoadedData | undefined;
  const data = (): LoadedData => {
    if (!loaded) {
      const files = loadValidCatalogue(dataDir);
      const { pathways, warnings } = loadPathways(dataDir, files, { strict: isStrict() });
      loaded = {
        catalogue: normaliseCatalogue(files),
        pathways,
        pathwayWarnings: warnings,
        sourceYears: sourceYears(files),
      };
    }
    return loaded;
  };
  return {
    name: 'best-start-catalogue',
    buildStart() {
      // Validate even if nothing imports the catalogue, so bad data can never ship.
      loaded = undefined;
      try {
        const { pathwayWarnings } = data();
        if (pathwayWarnings.length > 0) {
          this.warn(
            `${pathwayWarnings.length} pathway warning(s): each ending still shows a contact where it can (BSF_STRICT=1 makes these fail the build):\n${formatWarnings(pathwayWarnings)}`,
          );
        }
      } catch (error) {
        if (error instanceof CatalogueError || error instanceof PathwaysError) this.error(error.message);
        throw error;
      }
    },
    watchChange(id) {
      if (id.startsWith(dataDir)) loaded = undefined;
    },
    generateBundle() {
      const { catalogue } = data();
      this.emitFile({ type: 'asset', fileName: CATALOGUE_PATH, source: JSON.stringify(catalogue) });
      // The search index's costly part, so no phone reads every service's text (prebuilt-search.ts).
      this.emitFile({ type: 'asset', fileName: SEARCH_POSTINGS_PATH, source: JSON.stringify(postingsFile(catalogue)) });
    },
    configureServer(server) {
      const serve = (file: string, body: () => unknown) =>
        server.middlewares.use(`/${file}`, (_request, response) => {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(body()));
        });
      serve(CATALOGUE_PATH, () => data().catalogue);
      serve(SEARCH_POSTINGS_PATH, () => postingsFile(data().catalogue));
    },
    resolveId(id) {
      if (id === META_ID) return RESOLVED_META_ID;
      if (id === PATHWAYS_ID) return RESOLVED_PATHWAYS_ID;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_PATHWAYS_ID) {
        const { pathways } = data();
        // Watch files, not the folder: vitest's module runner treats a watched folder as an import.
        for (const p of pathways) this.addWatchFile(path.join(dataDir, 'pathways', `${p.id}.json`));
        // The roles' core contacts fill the pathways too (pathway-files.ts readCoreContacts).
        const roles = path.join(dataDir, 'curation', 'contact-roles.json');
        if (existsSync(roles)) this.addWatchFile(roles);
        return pathwaysModule(pathways);
      }
      if (id !== RESOLVED_META_ID) return undefined;
      // Watch files, not the folder: vitest's module runner treats a watched folder as an import.
      for (const table of TABLE_NAMES) this.addWatchFile(path.join(dataDir, 'catalogue', `${table}.json`));
      for (const feed of feedLayerIds(dataDir)) {
        for (const name of [...TABLE_NAMES, 'feed']) this.addWatchFile(path.join(dataDir, 'feeds', feed, `${name}.json`));
      }
      const { catalogue, sourceYears: years } = data();
      const meta = {
        builtOn: catalogue.dataset.built_on,
        sourcesFrom: years.from,
        sourcesTo: years.to,
        serviceCount: catalogue.services.length,
      };
      return `export default ${JSON.stringify(meta)};`;
    },
  };
}
