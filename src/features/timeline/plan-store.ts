/**
 * The family's plan on this device only: the children's dates and the district, under
 * "bsf:plan" (so "Clear everything" on /privacy removes it with the rest). A stored value
 * another tab or an old version garbled is dropped, never trusted.
 */
import { signal } from '@preact/signals';
import { browserStorage, readJson, STORAGE_PREFIX, writeJson, type StorageSource, type WriteResult } from '../../lib/storage';
import { isRecord } from '../../lib/is-record';
import { parseIsoDate, type IsoDate } from './calendar-dates';

export const PLAN_KEY = `${STORAGE_PREFIX}plan`;
/** More than a family needs; keeps a corrupted value from drawing a huge page. */
export const MAX_CHILDREN = 8;
const MAX_NAME = 40;

export interface PlannedChild {
  id: string;
  kind: 'due' | 'born';
  date: IsoDate;
  name?: string;
}

export interface StoredPlan {
  children: PlannedChild[];
  district?: string;
}

function cleanChild(value: unknown): PlannedChild | undefined {
  if (!isRecord(value)) return undefined;
  const { id, kind, date, name } = value;
  if (typeof id !== 'string' || !/^[\w-]{1,40}$/.test(id)) return undefined;
  if (kind !== 'due' && kind !== 'born') return undefined;
  if (typeof date !== 'string' || !parseIsoDate(date)) return undefined;
  const cleanName = typeof name === 'string' ? name.trim().slice(0, MAX_NAME) : '';
  return { id, kind, date, ...(cleanName ? { name: cleanName } : {}) };
}

export function readPlan(source: StorageSource = browserStorage): StoredPlan {
  const read = readJson(source, PLAN_KEY);
  if (!read.ok || !isRecord(read.value)) return { children: [] };
  const { children, district } = read.value;
  const list = Array.isArray(children) ? children.map(cleanChild).filter((c): c is PlannedChild => Boolean(c)) : [];
  return { children: list.slice(0, MAX_CHILDREN), ...(typeof district === 'string' && /^E\d{8}$/.test(district) ? { district } : {}) };
}

export const plan = signal<StoredPlan>({ children: [] });
/** The last write's result, so the page can say when the plan could not be kept. */
export const planWrite = signal<WriteResult>('ok');

export function loadPlan(source: StorageSource = browserStorage): void {
  plan.value = readPlan(source);
}

function save(next: StoredPlan, source: StorageSource): void {
  plan.value = next;
  planWrite.value = writeJson(source, PLAN_KEY, next);
}

export function addChild(child: Omit<PlannedChild, 'id'>, source: StorageSource = browserStorage): void {
  const id = `c${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  const name = child.name?.trim().slice(0, MAX_NAME);
  const added: PlannedChild = { id, kind: child.kind, date: child.date, ...(name ? { name } : {}) };
  save({ ...plan.value, children: [...plan.value.children, added].slice(-MAX_CHILDREN) }, source);
}

export function removeChild(id: string, source: StorageSource = browserStorage): void {
  save({ ...plan.value, children: plan.value.children.filter((c) => c.id !== id) }, source);
}

export function setDistrict(district: string | undefined, source: StorageSource = browserStorage): void {
  const { district: _old, ...rest } = plan.value;
  save(district ? { ...rest, district } : rest, source);
}
