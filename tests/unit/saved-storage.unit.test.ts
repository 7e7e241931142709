import { describe, expect, it } from 'vitest';
import { loadSavedIds, SAVED_KEY, storeSavedIds, toggled } from '../../src/features/saved/saved-ids';
import type { StorageSource } from '../../src/lib/storage';

/** A Map-backed Storage for node; `fail` makes setItem/getItem throw like a real browser can. */
function memoryStorage(initial: Record<string, string> = {}, fail: { get?: Error; set?: Error } = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    getItem: (k: string) => { if (fail.get) throw fail.get; return data.get(k) ?? null; },
    setItem: (k: string, v: string) => { if (fail.set) throw fail.set; data.set(k, v); },
  };
}
const from = (storage: Storage | null): StorageSource => () => storage;

describe('saved list storage', () => {
  it('keeps ids, newest first, and removes them again', () => {
    const storage = memoryStorage();
    let ids = toggled([], 'svc-a');
    ids = toggled(ids, 'svc-b');
    expect(storeSavedIds(from(storage), ids)).toBeUndefined();
    expect(loadSavedIds(from(storage))).toEqual({ ids: ['svc-b', 'svc-a'] });
    expect(toggled(ids, 'svc-b')).toEqual(['svc-a']);
  });

  it('starts empty and says so when the stored value is corrupt JSON or not a list of ids', () => {
    expect(loadSavedIds(from(memoryStorage({ [SAVED_KEY]: '{not json' })))).toEqual({ ids: [], problem: 'unreadable' });
    expect(loadSavedIds(from(memoryStorage({ [SAVED_KEY]: '{"a":1}' })))).toEqual({ ids: [], problem: 'unreadable' });
    expect(loadSavedIds(from(memoryStorage({ [SAVED_KEY]: '[1,2]' })))).toEqual({ ids: [], problem: 'unreadable' });
  });

  it('never throws when storage itself throws (disabled, private mode)', () => {
    const blocked = memoryStorage({}, { get: new DOMException('denied', 'SecurityError'), set: new DOMException('denied', 'SecurityError') });
    expect(loadSavedIds(from(blocked))).toEqual({ ids: [], problem: 'unavailable' });
    expect(storeSavedIds(from(blocked), ['svc-a'])).toBe('unavailable');
    const throwingGetter: StorageSource = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(loadSavedIds(throwingGetter)).toEqual({ ids: [], problem: 'unavailable' });
    expect(storeSavedIds(throwingGetter, ['svc-a'])).toBe('unavailable');
    expect(loadSavedIds(from(null))).toEqual({ ids: [] });
  });

  it('reports a full storage as "full" (the page then shows a plain message)', () => {
    const full = memoryStorage({}, { set: new DOMException('quota', 'QuotaExceededError') });
    expect(storeSavedIds(from(full), ['svc-a'])).toBe('full');
  });

  it('keeps ids that are no longer in the catalogue (the page lists them as "no longer listed")', () => {
    const storage = memoryStorage({ [SAVED_KEY]: JSON.stringify(['svc-gone', 'svc-a']) });
    expect(loadSavedIds(from(storage)).ids).toEqual(['svc-gone', 'svc-a']);
  });
});
