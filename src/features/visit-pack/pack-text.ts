/**
 * The whole pack as plain text (pure), for the QR code: a phone with no signal can still read
 * every number, its hours, the date and what to do in an emergency.
 */
import type { PhoneView } from '../catalogue/model';

export interface PackEntry {
  name: string;
  phones: readonly PhoneView[];
  website?: string;
  /** Opening times in words, one line each; empty when not known; none for a national number (999). */
  hours?: readonly string[];
}

export interface PackWords {
  heading: string;
  givenOn: string;
  call: (number: string) => string;
  text: (number: string) => string;
  hoursUnknown: string;
  /** The 999 and 111 safety line, one sentence each. */
  safety: readonly string[];
}

export function packAsText(entries: readonly PackEntry[], words: PackWords): string {
  const lines = [words.heading, words.givenOn];
  entries.forEach((entry, i) => {
    lines.push(`${i + 1}. ${entry.name}`);
    for (const phone of entry.phones) lines.push(`   ${phone.textOnly ? words.text(phone.number) : words.call(phone.number)}`);
    if (entry.phones.length === 0 && entry.website) lines.push(`   ${entry.website}`);
    if (entry.hours) for (const line of entry.hours.length > 0 ? entry.hours : [words.hoursUnknown]) lines.push(`   ${line}`);
  });
  lines.push(...words.safety);
  return lines.join('\n');
}
