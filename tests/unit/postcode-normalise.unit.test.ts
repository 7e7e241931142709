import { describe, expect, it } from 'vitest';
import { normalisePostcode, parsePostcode } from '../../src/lib/postcode';
import { isWellFormedPostcode, postcodeProblem } from '../../src/features/catalogue/validate-fields';
import { postcode as importedPostcode } from '../../tools/oruk/draft';

describe('reading a postcode as people type it', () => {
  it.each(['sg1 1aa', 'SG11AA', '  Sg1   1Aa ', 'SG1-1AA', 'S.G.1 1.A.A.', '(SG1 1AA)', 'sg1\u00a01aa'])('reads %j as SG1 1AA', (input) => {
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

// There were two normalisers: the search's (which kept "SG11AA" unspaced) and the validator's
// (which made "SG1-1AA" into "SG1- 1AA" and the sector "SG1 1" into "S G11"). One now serves both.
describe('one postcode normaliser for searches and for the catalogue', () => {
  it.each([
    ['SG11AA', 'SG1 1AA'],
    ['al109ab', 'AL10 9AB'],
    ['SG1-1AA', 'SG1 1AA'],
    ['S.G.1 1.A.A.', 'SG1 1AA'],
    ['gir0aa', 'GIR 0AA'],
  ])('writes the full postcode %j as %j', (input, stored) => {
    expect(normalisePostcode(input)).toBe(stored);
  });

  it.each([
    ['sg1 1', 'SG1 1'],
    ['sg11', 'SG11'],
    ['Stevenage', 'STEVENAGE'],
  ])('leaves %j, which is not a full postcode, spaced as typed: %j', (input, tidied) => {
    expect(normalisePostcode(input)).toBe(tidied);
  });

  it('lets the catalogue accept a hyphenated postcode only in its stored form', () => {
    expect(isWellFormedPostcode('sg1-1aa')).toBe(true);
    expect(postcodeProblem('SG1-1AA')).toBe('"SG1-1AA" must be stored as "SG1 1AA" (upper case, one space)');
    expect(postcodeProblem('SG1 1AA')).toBeUndefined();
  });

  it("stores an imported feed's hyphenated postcode in the stored form", () => {
    expect(importedPostcode('sg1-1aa')).toBe('SG1 1AA');
  });
});
