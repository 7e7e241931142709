// Takes a phone number out of a source cell and tidies its spacing.
import { cell } from './csv.mjs';

const NUMBER = /\d[\d ]*\d/;

/** UK spacing for a standard 10- or 11-digit number (01/02/03/05/07/08). */
function ukSpacing(digits) {
  if (digits.startsWith('02')) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^0[358]/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

/**
 * Keep the number as the source prints it when its first group is a whole dialling code
 * ("0300 330 7010", "0800 6444 101", "18001 111"); respace it when the source splits the
 * code ("08 088 088 088") or prints it with no spaces.
 */
export function normalisePhone(printed) {
  const text = printed.trim().replace(/\s+/g, ' ');
  const digits = text.replace(/ /g, '');
  if (!/^0\d{9,10}$/.test(digits)) return text;
  const firstGroup = text.split(' ')[0];
  const wholeCode = text.includes(' ') && firstGroup.length >= 4 && firstGroup.length <= 5;
  return wholeCode ? text : ukSpacing(digits);
}

/**
 * The number in a row's cell. `after` picks the first number after a label in the cell
 * (e.g. the out-of-hours number in a description); otherwise the cell's leading number.
 */
export function phoneFromRow(src, spec) {
  const field = spec.field ?? 'phone';
  let text = cell(src, spec.from, field);
  if (spec.after) {
    const at = text.indexOf(spec.after);
    if (at < 0) throw new Error(`Row ${spec.from} ${field} has no "${spec.after}"`);
    text = text.slice(at + spec.after.length);
  }
  const match = NUMBER.exec(text);
  if (!match) throw new Error(`No number in row ${spec.from} ${field}`);
  if (!spec.after && match.index !== 0) throw new Error(`Row ${spec.from} ${field} does not start with a number`);
  return normalisePhone(match[0]);
}
