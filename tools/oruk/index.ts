/**
 * The ORUK tool's public entry (Node only), for scripts/cli/import.mjs and scripts/cli/export.mjs (loaded
 * with scripts/lib/load-ts.mjs): everything the import and the export need, from one module.
 */
export { readCatalogueDir, readArea } from '../../build/catalogue-files';
export { validateCatalogue, formatProblem } from '../../src/features/catalogue/validate';
export { TABLE_NAMES } from '../../src/features/catalogue/oruk';
export { readSource } from './fetch-source';
export { importFeed } from './import-feed';
export { feedDateOf } from './feed-date';
export { formatReport, warningCounts } from './import-report';
export { parseMappings } from './taxonomy-map';
export { toV3, asPage } from './to-v3';
export { feedIdOf, idClashes, layerTables, writeFeedLayer, ShrinkRefused } from './feed-layer';
export { feedLayerIds } from '../../build/catalogue-layers';
export { readPostcodeDistricts } from './places-files';
export { placeLookup } from './places';
export { refreshFeeds } from './refresh';
