/**
 * Node-only: ORUK 3.0 wants UUIDs, our records have readable slugs. Each slug gets a name-based
 * UUID (RFC 9562 version 5: SHA-1 of a fixed namespace + "table:id"), so every export gives the
 * same UUIDs and a feed that re-imports them stays stable. The slug travels beside it as bsf_id.
 */
import { createHash } from 'node:crypto';

/** Fixed namespace for Best Start Finder ids; never change it, or every exported UUID changes. */
export const BSF_NAMESPACE = '2f0c3c52-7d8e-4c61-9b7a-5e4f1d2a8b90';

const bytesOf = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

export function uuidV5(name: string, namespace = BSF_NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The UUID of one of our records; the table is part of the name so equal slugs in two tables differ. */
export const uuidFor = (table: string, id: string): string => uuidV5(`${table}:${id}`);
