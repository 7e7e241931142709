/**
 * The data checks hold for another area, not only ours: the made-up area in
 * tests/fixtures/area-two (test data only) passes them as it stands, and an area file that
 * breaks the rules fails naming the field. Its build is in tests/build/second-area.build.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArea } from '../../build/catalogue-files';
import { loadValidCatalogue } from '../../build/catalogue-plugin';
import { parseAreaConfig } from '../../src/features/catalogue/validate';
import { loadValidPathways } from '../../build/pathway-files';
import { validatePathways } from '../../src/features/pathways/validate';
import type { Pathway } from '../../src/features/pathways/types';
// @ts-expect-error: a plain JavaScript build module, without types
import { serviceAreasFrom } from '../../scripts/data/catalogue/build.mjs';

const areaTwo = path.resolve(import.meta.dirname, '../fixtures/area-two');
const rawArea = JSON.parse(readFileSync(path.join(areaTwo, 'area.json'), 'utf8')) as Record<string, unknown>;

describe('the made-up second area passes the same checks as ours', () => {
  it('its area file reads, with its own parts and urgent contact', () => {
    const area = readArea(path.join(areaTwo, 'area.json'));
    expect(area.name).toBe('Valeshire Test Area');
    expect(area.parts.map((p) => p.id)).toEqual(['northvale', 'southvale']);
    expect(area.urgent_service_ids).toEqual(['svc-valeshire-safeguarding']);
  });

  it('its catalogue validates against its own districts and bounds, and its (empty) pathways too', () => {
    const files = loadValidCatalogue(areaTwo);
    expect(files.services.map((s) => s.id)).toContain('svc-dunfold-rhymetime');
    expect(loadValidPathways(areaTwo, files)).toEqual([]);
  });

  it('a pathway there may name its parts, and an urgent route must start with its urgent contact', () => {
    const area = readArea(path.join(areaTwo, 'area.json'));
    const pathway: Pathway = {
      id: 'where',
      ask: 'k.ask',
      title: 'k.title',
      start: 'q',
      steps: {
        q: {
          question: 'k.q',
          answers: [
            { id: 'danger', label: 'k.a', next: 'help', urgent: true, area: 'northvale' },
            { id: 'south', label: 'k.a', next: 'help', area: 'southvale' },
          ],
        },
      },
      endings: { help: { title: 'k.end', tags: [], contacts: [{ service: 'svc-dunfold-rhymetime' }] } },
    };
    const keys = new Set(['k.ask', 'k.title', 'k.q', 'k.a', 'k.end']);
    const services = new Set(['svc-dunfold-rhymetime', 'svc-valeshire-safeguarding']);
    expect(validatePathways([pathway], services, keys, area).map((p) => p.reason)).toEqual([
      'the urgent route q:danger must start with 999, NHS 111, a safeguarding contact or a maternity advice line, not svc-dunfold-rhymetime',
    ]);
    pathway.endings.help!.contacts.unshift({ service: 'svc-valeshire-safeguarding' });
    expect(validatePathways([pathway], services, keys, area)).toEqual([]);
  });
});

describe('an area file that breaks the rules is refused, naming the field', () => {
  const parse = (change: Record<string, unknown>) => () => parseAreaConfig({ ...rawArea, ...change });

  it('a part whose county no district has', () => {
    expect(parse({ parts: [{ id: 'northvale', name: 'Northvale', county: 'Nowhere' }] })).toThrow(
      'area.json: parts[0] (northvale) county: "Nowhere" is not the county of any district',
    );
  });

  it('two parts with the same id, or an id that cannot go in a text key', () => {
    const part = { id: 'northvale', name: 'Northvale', county: 'Northvale Test County' };
    expect(parse({ parts: [part, part] })).toThrow('area.json: parts[1] id: "northvale" appears twice');
    expect(parse({ parts: [{ ...part, id: 'North Vale' }] })).toThrow('area.json: parts[0] id: "North Vale" must be lower-case');
  });

  it('no urgent contacts list, no name, a colour that is not #rrggbb, a tile address without {z}/{x}/{y}', () => {
    expect(parse({ urgent_service_ids: 'svc-x' })).toThrow('area.json: urgent_service_ids must be a list');
    expect(parse({ name: ' ' })).toThrow('area.json: name');
    expect(parse({ theme_color: 'purple' })).toThrow('area.json: theme_color "purple" must be a colour');
    expect(parse({ tile_url: 'https://tiles.example.org/tile.png' })).toThrow('area.json: tile_url');
  });

  it('a colour too light for the white text the header puts on it (WCAG AA 4.5:1)', () => {
    expect(parse({ theme_color: '#66ccff' })).toThrow(
      /area.json: theme_color "#66ccff" has 1\.\d\d:1 contrast with white text; it needs at least 4\.5:1/,
    );
    expect(parse({ theme_color: '#767676' })).not.toThrow(); // the lightest grey that passes
  });
});

describe('the catalogue build reads the districts of its service areas from area.json', () => {
  it("Hertfordshire's service area is the Hertfordshire districts listed there, in order", () => {
    const real = readArea(path.resolve(import.meta.dirname, '../../data/area.json'));
    const hertsCodes = real.districts.filter((d) => d.county === 'Hertfordshire').map((d) => d.lad_code);
    expect(serviceAreasFrom(real).herts).toEqual({ name: 'Hertfordshire', extent_type: 'lad_codes', extent: hertsCodes.join(',') });
  });

  it('an area file without the counties the selection needs stops the build, naming the county', () => {
    expect(() => serviceAreasFrom(readArea(path.join(areaTwo, 'area.json')))).toThrow(
      'data/area.json has no district in Hertfordshire, which the selection\'s area "herts" needs',
    );
  });
});
