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

/** Upper case, punctuation gone, runs of spaces and hyphens made one space: " sg1-1aa. " → "SG1 1AA". */
export function normalisePostcode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[.,()[\]'"]/g, '')
    .replace(/[\s\u00a0\-‐-―]+/g, ' ')
    .trim();
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
