/**
 * The postcode a family gave on "Near me", kept on this device only (pure, on top of
 * lib/storage.ts) so search can show distances and put the family's own area first.
 * Only what the postcode already says is kept: the postcode as shown, its point and its district.
 * Anything else under the key (an old format, another tab's damage) reads as nothing stored.
 * "Forget this postcode" removes it; "Clear everything" on /privacy removes every bsf: key with it.
 */
import { browserStorage, readJson, removeKey, STORAGE_PREFIX, writeJson, type StorageSource, type WriteResult } from '../../lib/storage';
import { isRecord } from '../../lib/is-record';

const KEY = 'place:v1';
export const PLACE_KEY = `${STORAGE_PREFIX}${KEY}`;

export interface RememberedPlace {
  /** The postcode as the user will read it: "CM20 1LP", "CM20 1" or "CM20". */
  label: string;
  lat: number;
  lon: number;
  /** The ONS district it lies in; absent outside the area. */
  ladCode?: string;
}

const isCoordinate = (n: unknown, limit: number): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit;

/** A stored value as a place, or null when it is not one (never trusts what storage holds). */
export function asRememberedPlace(value: unknown): RememberedPlace | null {
  if (!isRecord(value)) return null;
  const { label, lat, lon, ladCode } = value;
  if (typeof label !== 'string' || !label.trim() || label.length > 10) return null;
  if (!isCoordinate(lat, 90) || !isCoordinate(lon, 180)) return null;
  if (ladCode !== undefined && (typeof ladCode !== 'string' || !/^[EWSN]\d{8}$/.test(ladCode))) return null;
  return ladCode === undefined ? { label, lat, lon } : { label, lat, lon, ladCode };
}

export function readRememberedPlace(source: StorageSource = browserStorage): RememberedPlace | null {
  const read = readJson(source, PLACE_KEY);
  return read.ok ? asRememberedPlace(read.value) : null;
}

export function rememberPlace(place: RememberedPlace, source: StorageSource = browserStorage): WriteResult {
  return writeJson(source, PLACE_KEY, place);
}

export function forgetPlace(source: StorageSource = browserStorage): void {
  removeKey(KEY, source);
}
