/**
 * The area's Healthy Babies offer (DfE's Start for Life offer, renamed; ../shared/docs/anchors-family.md §1),
 * built from the catalogue: the funded strands and the services always in scope, each with the
 * services that serve each part of the area. Services carry their strands as data (terms
 * "hb-<strand>" of the bsf-healthy-babies taxonomy: data/curation/healthy-babies.json, and
 * data/taxonomy-mappings.json for an imported feed); a strand with nothing says so.
 */
import type { ServiceView } from '../catalogue/model';

export type Strand =
  | 'parenting'
  | 'perinatal-mental-health'
  | 'infant-feeding'
  | 'early-language'
  | 'additional-needs'
  | 'health-visiting'
  | 'maternity'
  | 'vaccinations'
  | 'birth-registration'
  | 'growth-nutrition';

export const FUNDED_STRANDS: Strand[] = ['parenting', 'perinatal-mental-health', 'infant-feeding', 'early-language', 'additional-needs'];
export const ALWAYS_LISTED: Strand[] = ['health-visiting', 'maternity', 'vaccinations', 'birth-registration', 'growth-nutrition'];

export interface AreaPart {
  name: string;
  ladCodes: string[];
}

const isNational = (s: ServiceView) => s.areas.some((a) => a.ladCodes === 'all');

function servesPart(s: ServiceView, part: AreaPart): boolean {
  return (
    s.locations.some((l) => l.ladCode !== undefined && part.ladCodes.includes(l.ladCode)) ||
    s.areas.some((a) => a.ladCodes !== 'all' && a.ladCodes.some((code) => part.ladCodes.includes(code)))
  );
}

export interface StrandOffer {
  strand: Strand;
  /** Local services per part of the area, in part order; an empty list means "none listed yet". */
  byPart: { part: AreaPart; services: ServiceView[] }[];
  national: ServiceView[];
}

export function buildOffer(services: readonly ServiceView[], parts: AreaPart[], strands: Strand[]): StrandOffer[] {
  return strands.map((strand) => {
    const matching = services.filter((s) => s.offerStrands.includes(`hb-${strand}`));
    return {
      strand,
      byPart: parts.map((part) => ({ part, services: matching.filter((s) => !isNational(s) && servesPart(s, part)) })),
      national: matching.filter(isNational),
    };
  });
}

/**
 * The area's parts as data/area.json names them ("Hertfordshire", "west Essex"), each with the
 * districts of its county: the names parents know their part of the area by.
 */
export function areaParts(area: {
  districts: { lad_code: string; county: string }[];
  parts: { name: string; county: string }[];
}): AreaPart[] {
  return area.parts.map((part) => ({
    name: part.name,
    ladCodes: area.districts.filter((d) => d.county === part.county).map((d) => d.lad_code),
  }));
}
