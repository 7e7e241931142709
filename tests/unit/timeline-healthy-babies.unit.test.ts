/** The Healthy Babies offer from the catalogue: each strand's services per part of the area, national ones apart. */
import { describe, expect, it } from 'vitest';
import type { ServiceView } from '../../src/features/catalogue/model';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { ALWAYS_LISTED, buildOffer, FUNDED_STRANDS, partsByCounty } from '../../src/features/timeline/healthy-babies-offer';
import area from '../../data/area.json';

function service(id: string, categories: string[], ladCodes: string[] | 'all', name = id): ServiceView {
  return {
    id,
    name,
    description: '',
    organisation: { id: 'o', name: 'o' },
    sourceUrls: [],
    lifeStages: [],
    categories,
    childOutcomes: [],
    phones: [],
    locations: [],
    schedules: [],
    costs: [],
    languages: [],
    areas: [{ name: 'a', ladCodes }],
  };
}

const PARTS = partsByCounty(area.districts);
const HERTS = PARTS.find((p) => p.name === 'Hertfordshire')!;
const ESSEX = PARTS.find((p) => p.name === 'Essex')!;

describe('the Healthy Babies offer', () => {
  it('the area has two parts, Hertfordshire and Essex, from its districts', () => {
    expect(PARTS.map((p) => p.name)).toEqual(['Hertfordshire', 'Essex']);
    expect(ESSEX.ladCodes).toEqual(['E07000072', 'E07000073', 'E07000077']);
  });

  it('lists a service under the part it serves, a national one apart, and an empty part as empty', () => {
    const services = [
      service('herts-feeding', ['cat-infant-feeding'], [HERTS.ladCodes[0]!]),
      service('national-feeding', ['cat-infant-feeding'], 'all'),
    ];
    const [feeding] = buildOffer(services, PARTS, ['infant-feeding']);
    expect(feeding!.byPart.map((p) => [p.part.name, p.services.map((s) => s.id)])).toEqual([
      ['Hertfordshire', ['herts-feeding']],
      ['Essex', []],
    ]);
    expect(feeding!.national.map((s) => s.id)).toEqual(['national-feeding']);
  });

  it('"Registering a birth" keeps birth registration, not school admissions, from their shared category', () => {
    const services = [
      service('essex-registration', ['cat-birth-school'], [ESSEX.ladCodes[0]!], 'Register a birth in Essex'),
      service('essex-admissions', ['cat-birth-school'], [ESSEX.ladCodes[0]!], 'School admissions'),
    ];
    const [births] = buildOffer(services, PARTS, ['birth-registration']);
    expect(births!.byPart[1]!.services.map((s) => s.id)).toEqual(['essex-registration']);
  });

  it('with the real catalogue, every funded strand has a service, local or national, for each part — or is reported here', () => {
    const catalogue = normaliseCatalogue(readCatalogueDir('data/catalogue').files as never);
    const offer = buildOffer(catalogue.services, PARTS, [...FUNDED_STRANDS, ...ALWAYS_LISTED]);
    const gaps = offer.flatMap((o) =>
      o.byPart.filter((p) => p.services.length === 0 && o.national.length === 0).map((p) => `${o.strand} in ${p.part.name}`),
    );
    // A part with nothing says "No service is listed for this here yet" on the page; none does today.
    expect(gaps).toEqual([]);
  });
});
