/**
 * The area's Healthy Babies offer (DfE's Start for Life offer, renamed; ../shared/docs/anchors-family.md §1),
 * built from the catalogue: the funded strands and the services always in scope, each with the
 * services that serve each part of the area. The catalogue has no strand tags yet, so each strand
 * is read from the catalogue categories that match it; a strand with nothing says so.
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

const CATEGORIES: Record<Strand, string[]> = {
  parenting: ['cat-parenting-support'],
  'perinatal-mental-health': ['cat-perinatal-mental-health'],
  'infant-feeding': ['cat-infant-feeding'],
  'early-language': ['cat-speech-language'],
  'additional-needs': ['cat-send'],
  'health-visiting': ['cat-health-visiting'],
  maternity: ['cat-midwifery-antenatal'],
  vaccinations: ['cat-immunisations'],
  'birth-registration': ['cat-birth-school'],
  'growth-nutrition': ['cat-healthy-start-vitamins'],
};

/** "Registering a birth and school places" is one category: keep the birth registration services. */
const ONLY: Partial<Record<Strand, (s: ServiceView) => boolean>> = {
  'birth-registration': (s) => /regist/i.test(`${s.name} ${s.description}`) && /birth/i.test(`${s.name} ${s.description}`),
};

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
    const keep = ONLY[strand] ?? (() => true);
    const matching = services.filter((s) => s.categories.some((c) => CATEGORIES[strand].includes(c)) && keep(s));
    return {
      strand,
      byPart: parts.map((part) => ({ part, services: matching.filter((s) => !isNational(s) && servesPart(s, part)) })),
      national: matching.filter(isNational),
    };
  });
}

/** The area's parts by county, from data/area.json's districts ("Hertfordshire", "Essex"). */
export function partsByCounty(districts: { lad_code: string; county: string }[]): AreaPart[] {
  const byCounty = new Map<string, string[]>();
  for (const d of districts) byCounty.set(d.county, [...(byCounty.get(d.county) ?? []), d.lad_code]);
  return [...byCounty].map(([name, ladCodes]) => ({ name, ladCodes }));
}
