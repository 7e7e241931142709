/** The Healthy Babies offer from the catalogue: each strand's services per part of the area, national ones apart. */
import { describe, expect, it } from 'vitest';
import type { ServiceView } from '../../src/features/catalogue/model';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import { ALWAYS_LISTED, buildOffer, FUNDED_STRANDS, areaParts } from '../../src/features/timeline/healthy-babies-offer';
import area from '../../data/area.json';
import { serviceView } from '../fixtures/service-view';

function service(id: string, offerStrands: string[], ladCodes: string[] | 'all', name = id): ServiceView {
  return serviceView({ id, name, offerStrands, areas: [{ name: 'a', ladCodes }] });
}

const PARTS = areaParts(area);
const HERTS = PARTS.find((p) => p.name === 'Hertfordshire')!;
const ESSEX = PARTS.find((p) => p.name === 'west Essex')!;

describe('the Healthy Babies offer', () => {
  it('the area has two parts, under the names data/area.json gives them, each with its county’s districts', () => {
    expect(PARTS.map((p) => p.name)).toEqual(['Hertfordshire', 'west Essex']);
    expect(ESSEX.ladCodes).toEqual(['E07000072', 'E07000073', 'E07000077']);
  });

  it('follows the area file’s parts, in their order and by their names, not the districts’ county names', () => {
    const districts = [
      { lad_code: 'A1', county: 'Countyshire' },
      { lad_code: 'B1', county: 'Otherland' },
      { lad_code: 'A2', county: 'Countyshire' },
    ];
    const parts = [
      { name: 'north Otherland', county: 'Otherland' },
      { name: 'Countyshire', county: 'Countyshire' },
    ];
    expect(areaParts({ districts, parts })).toEqual([
      { name: 'north Otherland', ladCodes: ['B1'] },
      { name: 'Countyshire', ladCodes: ['A1', 'A2'] },
    ]);
  });

  it('lists a service under the part it serves, a national one apart, and an empty part as empty', () => {
    const services = [
      service('herts-feeding', ['hb-infant-feeding'], [HERTS.ladCodes[0]!]),
      service('national-feeding', ['hb-infant-feeding'], 'all'),
      service('herts-language', ['hb-early-language'], [HERTS.ladCodes[0]!]),
    ];
    const [feeding] = buildOffer(services, PARTS, ['infant-feeding']);
    expect(feeding!.byPart.map((p) => [p.part.name, p.services.map((s) => s.id)])).toEqual([
      ['Hertfordshire', ['herts-feeding']],
      ['west Essex', []],
    ]);
    expect(feeding!.national.map((s) => s.id)).toEqual(['national-feeding']);
  });

  it('takes each strand from the services’ own strand tags in data/: birth registration, not the school admissions beside it', () => {
    const catalogue = normaliseCatalogue(readCatalogueDir('data/catalogue').files as never);
    const [births] = buildOffer(catalogue.services, PARTS, ['birth-registration']);
    const listed = [...births!.byPart.flatMap((p) => p.services), ...births!.national].map((s) => s.id);
    expect(listed).toContain('svc-essex-register-a-birth');
    expect(listed.every((id) => catalogue.services.find((s) => s.id === id)!.offerStrands.includes('hb-birth-registration'))).toBe(true);
    const admissions = catalogue.services.filter((s) => s.categories.includes('cat-birth-school') && /school place/i.test(s.name));
    expect(admissions.length).toBeGreaterThan(0);
    for (const s of admissions) expect(listed).not.toContain(s.id);
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
