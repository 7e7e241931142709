/**
 * Node-only: reads the real data (catalogue, pathways, data/topics.json, the area's districts)
 * and builds the coverage reports, for `npm run coverage` and the coverage test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArea } from '../../build/catalogue-files';
import { readLayeredCatalogue } from '../../build/catalogue-layers';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import type { ServiceView } from '../../src/features/catalogue/model';
import { loadValidPathways } from '../../build/pathway-files';
import type { AreaId, Pathway } from '../../src/features/pathways/types';
import { endingReports, topicReport, type EndingReport, type Topic, type TopicReport } from './coverage';

export interface CoverageData {
  services: ServiceView[];
  pathways: Pathway[];
  topics: Topic[];
  /** Each part of data/area.json's `parts` → its districts' codes. */
  districtsByArea: Record<AreaId, Set<string>>;
  /** Each part → its name, in the order area.json lists them. */
  areaNames: Record<AreaId, string>;
  topicReports: TopicReport[];
  endings: EndingReport[];
}

export function loadCoverage(dataDir: string): CoverageData {
  // The catalogue as the build ships it: the core and every imported feed layer, joined.
  const { files, problems } = readLayeredCatalogue(dataDir);
  if (problems.length > 0) throw new Error(`data/catalogue or data/feeds has problems: ${problems.length}`);
  const catalogueFiles = files as unknown as CatalogueFiles;
  const services = normaliseCatalogue(catalogueFiles).services;
  const pathways = loadValidPathways(dataDir, catalogueFiles);
  const topics = (JSON.parse(readFileSync(join(dataDir, 'topics.json'), 'utf8')) as { topics: Topic[] }).topics;
  const area = readArea(join(dataDir, 'area.json'));
  const districtsOf = (county: string) => new Set(area.districts.filter((d) => d.county === county).map((d) => d.lad_code));
  return {
    services,
    pathways,
    topics,
    districtsByArea: Object.fromEntries(area.parts.map((p) => [p.id, districtsOf(p.county)])),
    areaNames: Object.fromEntries(area.parts.map((p) => [p.id, p.name])),
    topicReports: topics.map((t) => topicReport(t, services)),
    endings: endingReports(pathways, services),
  };
}
