/**
 * Reading a postcode the way people type it (the GOV.UK addresses pattern): any case, extra or
 * missing spaces, hyphens, full stops and brackets are all accepted. Pure: no data, no DOM.
 */

export type ParsedPostcode =
  | { kind: 'full'; outcode: string; sector: string; unit: string; text: string }
  | { kind: 'sector'; outcode: string; sector: string; text: string }
  | { kind: 'outcode'; outcode: string; text: string }
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string };

const OUTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
const FULL = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9])([A-Z]{2})$/;
const SECTOR = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])$/;

// Any outward code, then the inward code (a digit and two letters); GIR 0AA is the one odd postcode.
const FULL_SHAPE = /^([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)([0-9][A-Z]{2})$/;

/**
 * The one way the app tidies a postcode, for a parent's search and for a feed's address alike:
 * upper case, punctuation gone, runs of spaces and hyphens made one space, and a full postcode
 * written with exactly one space before its last three characters (" sg1-1aa. " and "SG11AA" →
 * "SG1 1AA"). Anything shorter keeps its own spacing, because "SG1 1" (a sector) and "SG11" (an
 * outcode) differ only by the space.
 */
export function normalisePostcode(input: string): string {
  const spaced = input
    .toUpperCase()
    .replace(/[.,()[\]'"]/g, '')
    .replace(/[\s\u00a0\-‐-―]+/g, ' ')
    .trim();
  const full = FULL_SHAPE.exec(spaced.replace(/ /g, ''));
  return full ? `${full[1]} ${full[2]}` : spaced;
}

/** A full postcode ("SG1 1AA"), a sector ("SG1 1"), an outcode ("AL1"), nothing, or not a postcode. */
export function parsePostcode(input: string): ParsedPostcode {
  const spaced = normalisePostcode(input);
  if (!spaced) return { kind: 'empty' };
  const compact = spaced.replace(/ /g, '');
  const full = FULL.exec(compact);
  if (full) {
    const [, outcode = '', digit = '', unit = ''] = full;
    return { kind: 'full', outcode, sector: digit, unit, text: `${outcode} ${digit}${unit}` };
  }
  // "SG1 1" is a sector, but "SG11" is the outcode SG11: only the space tells them apart.
  const sector = SECTOR.exec(spaced);
  if (sector) {
    const [, outcode = '', digit = ''] = sector;
    return { kind: 'sector', outcode, sector: digit, text: `${outcode} ${digit}` };
  }
  if (OUTCODE.test(compact)) return { kind: 'outcode', outcode: compact, text: compact };
  return { kind: 'invalid', text: spaced };
}
