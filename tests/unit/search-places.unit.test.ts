/**
 * Places in a query (the area's districts, counties, towns and outcodes, from the shipped places
 * file) sort services by place and are not matched as text.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { servesDistrict } from '../../src/features/filters/match';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { findServices } from '../../src/features/search/find-services';
import { buildGazetteer, findPlaces } from '../../src/features/search/places-in-query';
import { suggestSpelling } from '../../src/features/search/suggest';
import { tokenise } from '../../src/features/search/text';
import area from '../../data/area.json';

const root = new URL('../../', import.meta.url);
const catalogue = normaliseCatalogue(readCatalogueDir(fileURLToPath(new URL('data/catalogue', root))).files as unknown as CatalogueFiles);
const index = createCatalogueSearch(catalogue);
const gazetteer = buildGazetteer();
const code = (name: string) => area.districts.find((d) => d.name === name)?.lad_code as string;
const places = (query: string) => findPlaces(tokenise(query), gazetteer);

describe('places in the query', () => {
  it('finds a district and leaves the other words', () => {
    expect(places('Harlow family support')).toEqual({ ladCodes: [code('Harlow')], rest: ['family', 'support'] });
  });

  it('finds a town of several words, longest name first, however it is typed', () => {
    expect(places("help in bishop's stortford").ladCodes).toEqual([code('East Hertfordshire')]);
    expect(places('welwyn garden city nursery')).toEqual({ ladCodes: [code('Welwyn Hatfield')], rest: ['nursery'] });
  });

  it('finds a postcode, spaced or not, and an outcode, and takes the whole postcode out of the text', () => {
    expect(places('midwife CM20 1QX')).toEqual({ ladCodes: [code('Harlow')], rest: ['midwife'] });
    expect(places('midwife cm201qx').ladCodes).toEqual([code('Harlow')]);
    // SG1 reaches into North Hertfordshire too (sector SG1 6): an outcode names every district it covers.
    expect(places('SG1 health visitor')).toEqual({
      ladCodes: [code('North Hertfordshire'), code('Stevenage')],
      rest: ['health', 'visitor'],
    });
  });

  it('finds a county, and "Herts" for Hertfordshire', () => {
    const herts = area.districts
      .filter((d) => d.county === 'Hertfordshire')
      .map((d) => d.lad_code)
      .sort();
    expect([...places('herts send').ladCodes].sort()).toEqual(herts);
    expect(places('essex').ladCodes).toHaveLength(area.districts.filter((d) => d.county === 'Essex').length);
  });

  it('leaves words that are not places, and postcodes outside the area, as text', () => {
    expect(places('free vitamins')).toEqual({ ladCodes: [], rest: ['free', 'vitamins'] });
    expect(places('SW1A 1AA').ladCodes).toEqual([]);
  });
});

describe('search by place', () => {
  it('"Harlow family support" shows west Essex services first', () => {
    const first = findServices(index, gazetteer, 'Harlow family support').services[0];
    expect(first && servesDistrict(first, code('Harlow'))).toBe(true);
    expect(first?.areas.some((a) => a.ladCodes === 'all')).toBe(false);
  });

  it('a place alone lists every service, those serving it first', () => {
    const found = findServices(index, gazetteer, 'Stevenage').services;
    expect(found).toHaveLength(catalogue.services.length);
    const local = (s: (typeof found)[number]) =>
      s.locations.some((l) => l.ladCode === code('Stevenage')) ||
      s.areas.some((a) => a.ladCodes !== 'all' && a.ladCodes.includes(code('Stevenage')));
    const firstNotLocal = found.findIndex((s) => !local(s));
    expect(firstNotLocal).toBeGreaterThan(0);
    expect(found.slice(firstNotLocal).some(local)).toBe(false);
  });

  it('"Did you mean" never rewrites a place the catalogue does not mention', () => {
    const isPlace = (w: string) => gazetteer.places.has(w);
    expect(suggestSpelling(index, 'sawbridgeworth', isPlace)).toBeNull();
  });
});

describe('a place with only filler words', () => {
  it('"help in Harlow" lists every service, as "Harlow" alone does, not words starting "in"', () => {
    const ids = (q: string) => findServices(index, gazetteer, q).services.map((s) => s.id);
    expect(ids('help in Harlow')).toEqual(ids('Harlow'));
  });
});
