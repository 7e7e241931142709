/** The whole "near my postcode" answer: parse, look up, then the services nearest that point. */
import type { ServiceView } from '../catalogue/model';
import { parsePostcode } from '../../lib/postcode';
import { lookupPostcode, type FoundPlace, type PostcodeData, type PostcodeError } from './lookup';
import { servicesByPlace, type ServicesByPlace } from './nearest';

export type NearPostcode = ({ ok: true; place: FoundPlace } & ServicesByPlace) | { ok: false; error: PostcodeError; text: string };

export function nearPostcode(data: PostcodeData, services: ServiceView[], input: string): NearPostcode {
  const found = lookupPostcode(data, parsePostcode(input));
  if (!found.ok) return found;
  return { ok: true, place: found.place, ...servicesByPlace(services, found.place) };
}
