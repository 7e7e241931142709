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
