/**
 * The visit pack lives in sessionStorage only: it belongs to this tab and this visit, and is
 * gone when the tab closes, "End visit" is pressed or "Clear everything" runs (which clears
 * session storage). Never localStorage: nothing from a family's visit outlives it.
 * Reads go to storage every time (it is a few hundred bytes), so nothing stale is kept in
 * memory after storage is cleared; `packRevision` only tells components to read again.
 */
import { signal } from '@preact/signals';
import { readJson, writeJson, type StorageSource, type WriteResult } from '../../lib/storage';
import { addItems, itemsFrom, removeItem, type PackItem } from './pack-items';

export const PACK_KEY = 'bsf:visit-pack:v1';

export const sessionSource: StorageSource = () => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
};

export type PackProblem = 'unreadable' | 'unavailable';
export interface PackState {
  items: PackItem[];
  /** Why the pack shows empty though something was stored, or why it could not be kept. */
  problem?: PackProblem;
}

export const packRevision = signal(0);

export function readPack(source: StorageSource = sessionSource): PackState {
  const read = readJson(source, PACK_KEY);
  if (!read.ok) return { items: [], problem: read.problem };
  if (read.value === null) return { items: [] };
  const items = itemsFrom(read.value);
  return items ? { items } : { items: [], problem: 'unreadable' };
}

function write(items: PackItem[], source: StorageSource): WriteResult {
  const result = writeJson(source, PACK_KEY, items);
  packRevision.value++;
  return result;
}

/** Adds contacts; a corrupt stored pack is replaced by a fresh one. Returns how many were new. */
export function addToPack(adding: readonly PackItem[], source: StorageSource = sessionSource): { added: number; result: WriteResult } {
  const { items, added } = addItems(readPack(source).items, adding);
  return { added, result: write(items, source) };
}

export function removeFromPack(service: string, source: StorageSource = sessionSource): WriteResult {
  return write(removeItem(readPack(source).items, service), source);
}

/** "End visit": nothing of the visit is left in storage. */
export function endVisit(source: StorageSource = sessionSource): void {
  try {
    source()?.removeItem(PACK_KEY);
  } catch {
    // Storage that cannot be used holds no pack either.
  }
  packRevision.value++;
}

/** The pack as components see it: read again whenever it changes. */
export function usePack(): PackState {
  void packRevision.value;
  return readPack();
}
