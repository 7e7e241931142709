/**
 * Links built from ids and parameters: whatever an id or a ?step= value holds, the link stays on
 * its own page and carries exactly the parameters the app meant (src/lib/paths.ts).
 */
import { describe, expect, it } from 'vitest';
import { pathwayUrl } from '../../src/features/pathways/urls';
import { categoryPath, lifeStagePath, servicePath, withQuery } from '../../src/lib/paths';

const ORIGIN = 'https://app.example';
/** What a browser does with the link: the page it opens and the parameters it reads. */
const open = (href: string) => {
  const url = new URL(href, `${ORIGIN}/somewhere/deep`);
  return {
    origin: url.origin,
    segments: url.pathname.split('/').slice(1).map(decodeURIComponent),
    params: [...url.searchParams],
    hash: url.hash,
  };
};

const HOSTILE = ['../about', 'a/b?c#d', '..%2Fabout', 'x y', '%E0%A4%A', 'ok:id_1.v2', '//evil.example', 'javascript:alert(1)', 'نام'];

describe('servicePath, lifeStagePath, categoryPath', () => {
  it.each(HOSTILE)('keep the id %s as one segment under its own page', (id) => {
    for (const [build, page] of [
      [servicePath, 'services'],
      [lifeStagePath, 'life-stages'],
      [categoryPath, 'categories'],
    ] as const) {
      expect(open(build(id))).toEqual({ origin: ORIGIN, segments: [page, id], params: [], hash: '' });
    }
  });

  it('leave an ordinary id readable', () => {
    expect(servicePath('svc-nhs-111')).toBe('/services/svc-nhs-111');
    expect(lifeStagePath('stage-pregnancy')).toBe('/life-stages/stage-pregnancy');
  });
});

describe('pathwayUrl', () => {
  it('encodes a ?step= value from the address bar, so it cannot add or change parameters', () => {
    const href = pathwayUrl('safety', { area: 'herts' }, { step: 'x&handover=1#top', handover: false });
    expect(open(href)).toEqual({
      origin: ORIGIN,
      segments: ['contact', 'safety'],
      params: [
        ['a', 'area:herts'],
        ['step', 'x&handover=1#top'],
      ],
      hash: '',
    });
  });

  it('keeps a hostile pathway id inside /contact/', () => {
    expect(open(pathwayUrl('../about', {}, { give: true })).segments).toEqual(['contact', '../about', 'give']);
  });

  it('leaves answers readable: ":" and "," are not escaped', () => {
    expect(pathwayUrl('money', { area: 'herts', need: 'food' }, { handover: true, both: true })).toBe(
      '/contact/money?a=area:herts,need:food&handover=1&both=1',
    );
  });
});

describe('withQuery', () => {
  it('leaves out empty values and writes true as 1', () => {
    expect(
      withQuery('/map', [
        ['postcode', ''],
        ['near', undefined],
        ['all', false],
        ['handover', true],
      ]),
    ).toBe('/map?handover=1');
    expect(withQuery('/map', [])).toBe('/map');
  });
});

describe('the app builds these links only through src/lib/paths.ts', () => {
  it('has no template literal putting a value straight into /services/, /life-stages/, /categories/ or /contact/', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (readdirSync('src', { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(join('lib', 'paths.ts')))
      .map((f) => join('src', f));
    const offenders = files.filter((f) => /`\/(services|life-stages|categories|contact)\/\$\{/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
