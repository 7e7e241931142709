import { describe, expect, it } from 'vitest';
import { normalisePostcode, parsePostcode } from '../../src/features/postcodes/normalise';

describe('reading a postcode as people type it', () => {
  it.each([
    'sg1 1aa',
    'SG11AA',
    '  Sg1   1Aa ',
    'SG1-1AA',
    'S.G.1 1.A.A.',
    '(SG1 1AA)',
    'sg1\u00a01aa',
  ])('reads %j as SG1 1AA', (input) => {
    expect(parsePostcode(input)).toMatchObject({ kind: 'full', outcode: 'SG1', sector: '1', unit: 'AA', text: 'SG1 1AA' });
  });

  it('tells a sector from an outcode by the space', () => {
    expect(parsePostcode('sg1 1')).toEqual({ kind: 'sector', outcode: 'SG1', sector: '1', text: 'SG1 1' });
    expect(parsePostcode('sg11')).toEqual({ kind: 'outcode', outcode: 'SG11', text: 'SG11' });
    expect(parsePostcode(' al1 ')).toEqual({ kind: 'outcode', outcode: 'AL1', text: 'AL1' });
  });

  it('reads London-style outcodes with a letter at the end', () => {
    expect(parsePostcode('ec1a1bb')).toMatchObject({ kind: 'full', outcode: 'EC1A', text: 'EC1A 1BB' });
  });

  it('says when there is nothing or something that is not a postcode', () => {
    expect(parsePostcode('   ')).toEqual({ kind: 'empty' });
    expect(parsePostcode('Stevenage')).toEqual({ kind: 'invalid', text: 'STEVENAGE' });
    expect(parsePostcode('12345')).toMatchObject({ kind: 'invalid' });
  });

  it('normalises without losing letters', () => {
    expect(normalisePostcode(' wd17 - 1aa ')).toBe('WD17 1AA');
  });
});
