/**
 * The pack's items with what they point at (pure): the catalogue service, and the pathway
 * ending's advice for it when the contact came from an ending. An id the catalogue or the
 * pathways no longer have is counted, not shown as a blank card.
 */
import type { ServiceView } from '../catalogue/model';
import type { Pathway, PathwayContact, PathwayEnding } from '../pathways/types';
import type { PackItem } from './pack-items';

export interface PackContact {
  item: PackItem;
  service: ServiceView;
  ending?: PathwayEnding;
  /** The ending's own advice for this service ("what to say", "what happens next"). */
  contact?: PathwayContact;
}

export function packContacts(
  items: readonly PackItem[],
  servicesById: ReadonlyMap<string, ServiceView>,
  pathways: readonly Pathway[],
): { contacts: PackContact[]; missing: number } {
  const contacts: PackContact[] = [];
  let missing = 0;
  for (const item of items) {
    const service = servicesById.get(item.service);
    if (!service) {
      missing++;
      continue;
    }
    const ending = item.pathway && item.ending ? pathways.find((p) => p.id === item.pathway)?.endings[item.ending] : undefined;
    const contact = ending?.contacts.find((c) => c.service === item.service);
    contacts.push({ item, service, ending, contact });
  }
  return { contacts, missing };
}

/**
 * Whether to show a contact's opening times (or that they are not known): not for a line whose
 * every number is a national one such as 999, where "check before you go" would be wrong.
 */
export function showsHours(service: ServiceView): boolean {
  return service.schedules.length > 0 || !service.phones.length || !service.phones.every((p) => p.source?.nationalNumber);
}
