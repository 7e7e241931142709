/**
 * The ending's contacts as plain text (pure), for the QR code and sharing: a phone with no
 * signal can still read it. Numbers and websites come from the catalogue, never the pathway.
 */
import type { ServiceView } from '../catalogue/model';
import type { AreaId, PathwayContact } from './types';

export interface ContactWords {
  heading: string;
  call: (number: string) => string;
  text: (number: string) => string;
  onlyIn: (area: AreaId) => string;
}

export function contactsAsText(
  contacts: PathwayContact[],
  servicesById: ReadonlyMap<string, ServiceView>,
  area: AreaId | undefined,
  words: ContactWords,
): string {
  const lines = [words.heading];
  contacts.forEach((contact, i) => {
    const service = servicesById.get(contact.service);
    if (!service) return;
    const label = contact.area && !area ? ` (${words.onlyIn(contact.area)})` : '';
    lines.push(`${i + 1}. ${service.name}${label}`);
    for (const phone of service.phones) lines.push(`   ${phone.textOnly ? words.text(phone.number) : words.call(phone.number)}`);
    const website = service.url ?? service.organisation.website;
    if (service.phones.length === 0 && website) lines.push(`   ${website}`);
  });
  return lines.join('\n');
}
