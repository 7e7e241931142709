/**
 * The pieces of a feed import that decide what is written: the layer's folder name, the shrink
 * guard's words, and the county and district a feed leaves out, found in the place data the app
 * ships (tools/oruk/feed-layer.ts, tools/oruk/places.ts).
 */
import { describe, expect, it } from 'vitest';
import { feedIdOf, idClashes, shrinkProblem } from '../../tools/oruk/feed-layer';
import { placeLookup } from '../../tools/oruk/places';
import { serviceArea } from '../../tools/oruk/draft';
import { readArea } from '../../build/catalogue-files';

const area = readArea('data/area.json');

describe('a feed layer', () => {
  it('is named from the feed host or the file, in characters a folder and a link can carry', () => {
    expect(feedIdOf('https://Directory.Example.org/api/v1/services')).toBe('directory-example-org');
    expect(feedIdOf('exports/Herts Feed.json')).toBe('herts-feed');
  });

  it('is refused when the feed lost more than 20% of its services, saying what to do', () => {
    expect(shrinkProblem(1000, 800)).toBeUndefined();
    expect(shrinkProblem(undefined, 10)).toBeUndefined();
    expect(shrinkProblem(1000, 700)).toMatch(
      /^the feed now gives 700 services where its layer holds 1000 \(30% fewer; at most 20% may go at once\)\. .*Nothing was written\. .*--force\.$/,
    );
  });
});

describe('what a v1 feed leaves out', () => {
  const units = new Map([['CM23 1GS', 'E07000242']]);
  const places = placeLookup(area, units);

  it('gives an address the county of its exact postcode, even in an outcode that spans two counties', () => {
    expect(places.countyOfPostcode('cm23  1gs')).toBe('Hertfordshire');
    // CM23 lies in East Hertfordshire and Uttlesford: without the unit, nothing is guessed.
    expect(places.countyOfPostcode('CM23 9ZZ')).toBeUndefined();
  });

  it('gives a postcode whose outcode lies in one county that county', () => {
    expect(places.countyOfPostcode('SG1 9ZZ')).toBe('Hertfordshire');
    expect(places.countyOfPostcode('CM20 9ZZ')).toBe('Essex');
  });

  it('turns a town or village named as a service area into its district, and leaves an unknown name unmatched', () => {
    expect(serviceArea(area, ['Cheshunt'], places)).toEqual({ name: 'Broxbourne', extent_type: 'lad_codes', extent: 'E07000095' });
    expect(serviceArea(area, ['Cheshunt'])).toBeUndefined();
    expect(serviceArea(area, ['Atlantis'], places)).toBeUndefined();
  });
});

describe('ids shared between layers', () => {
  it('names each id the new layer shares with the core or another feed, but not our shared vocabulary', () => {
    const tables = { services: [{ id: 'svc-nhs-111' }, { id: 'feed-1' }], taxonomy_terms: [{ id: 'stage-pregnancy' }] };
    const core = { services: [{ id: 'svc-nhs-111' }], taxonomy_terms: [{ id: 'stage-pregnancy' }] };
    const other = { services: [{ id: 'feed-1' }] };
    expect(
      idClashes(
        tables,
        [
          { name: 'data/catalogue', files: core },
          { name: 'data/feeds/essex', files: other },
        ],
        'data/feeds/herts',
      ),
    ).toEqual([
      'data/feeds/herts/services.json svc-nhs-111 id: also used by data/catalogue: ids must differ between layers',
      'data/feeds/herts/services.json feed-1 id: also used by data/feeds/essex: ids must differ between layers',
    ]);
  });
});
