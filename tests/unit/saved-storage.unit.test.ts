import { describe, expect, it } from 'vitest';
import { loadSaved, OLD_SAVED_KEY, SAVED_KEY, storeSaved, toggled, withCurrentNames } from '../../src/features/saved/saved-list';
import type { StorageSource } from '../../src/lib/storage';
import { memoryStorage } from '../fixtures/memory-storage';

const from =
  (storage: Storage | null): StorageSource =>
  () =>
    storage;
const NHS_111 = { id: 'svc-nhs-111', name: 'NHS 111' };
const HEALTH_VISITING = { id: 'svc-herts-health-visiting', name: 'Health visiting' };

describe('saved list storage', () => {
  it('keeps each service with its name, newest first, and removes them again', () => {
    const storage = memoryStorage();
    let entries = toggled([], NHS_111);
    entries = toggled(entries, HEALTH_VISITING);
    expect(storeSaved(from(storage), entries)).toBeUndefined();
    expect(loadSaved(from(storage))).toEqual({ entries: [HEALTH_VISITING, NHS_111] });
    expect(toggled(entries, { id: HEALTH_VISITING.id, name: 'anything' })).toEqual([NHS_111]);
  });

  it('reads a list saved by an older version (ids only), loses none of it, and moves it to the new format on the next write', () => {
    const storage = memoryStorage({ [OLD_SAVED_KEY]: JSON.stringify(['svc-nhs-111', 'svc-gone']) });
    const load = loadSaved(from(storage));
    expect(load).toEqual({ entries: [{ id: 'svc-nhs-111' }, { id: 'svc-gone' }] });

    const next = toggled(load.entries, HEALTH_VISITING);
    expect(storeSaved(from(storage), next)).toBeUndefined();
    expect(JSON.parse(storage.data.get(SAVED_KEY)!)).toEqual([HEALTH_VISITING, { id: 'svc-nhs-111' }, { id: 'svc-gone' }]);
    // Moved, not copied: a stale old list cannot come back later.
    expect(storage.data.has(OLD_SAVED_KEY)).toBe(false);
    expect(loadSaved(from(storage)).entries.map((e) => e.id)).toEqual([HEALTH_VISITING.id, 'svc-nhs-111', 'svc-gone']);
  });

  it('keeps the old list when the new one cannot be written (storage full): nothing saved is lost', () => {
    const old = JSON.stringify(['svc-nhs-111']);
    const full = memoryStorage({ [OLD_SAVED_KEY]: old }, { set: new DOMException('quota', 'QuotaExceededError') });
    const load = loadSaved(from(full));
    expect(storeSaved(from(full), toggled(load.entries, HEALTH_VISITING))).toBe('full');
    expect(full.data.get(OLD_SAVED_KEY)).toBe(old);
    expect(full.data.has(SAVED_KEY)).toBe(false);
    expect(loadSaved(from(full))).toEqual({ entries: [{ id: 'svc-nhs-111' }] });
  });

  it('reads a new-format list and ignores an old one left beside it', () => {
    const storage = memoryStorage({
      [SAVED_KEY]: JSON.stringify([NHS_111]),
      [OLD_SAVED_KEY]: JSON.stringify(['svc-removed-since']),
    });
    expect(loadSaved(from(storage))).toEqual({ entries: [NHS_111] });
  });

  it('starts empty and says so when the stored value is corrupt, in either format', () => {
    for (const key of [SAVED_KEY, OLD_SAVED_KEY]) {
      for (const corrupt of ['{not json', '{"a":1}', '[1,2]', '[{"name":"no id"}]', '[{"id":"svc-a","name":7}]', '[""]']) {
        expect(loadSaved(from(memoryStorage({ [key]: corrupt }))), `${key} = ${corrupt}`).toEqual({ entries: [], problem: 'unreadable' });
      }
    }
  });

  it('lists a service saved twice once, keeping the newest', () => {
    const storage = memoryStorage({ [SAVED_KEY]: JSON.stringify([NHS_111, { id: 'svc-nhs-111', name: 'Old name' }]) });
    expect(loadSaved(from(storage)).entries).toEqual([NHS_111]);
  });

  it('never throws when storage itself throws (disabled, private mode)', () => {
    const blocked = memoryStorage(
      {},
      { get: new DOMException('denied', 'SecurityError'), set: new DOMException('denied', 'SecurityError') },
    );
    expect(loadSaved(from(blocked))).toEqual({ entries: [], problem: 'unavailable' });
    expect(storeSaved(from(blocked), [NHS_111])).toBe('unavailable');
    const throwingGetter: StorageSource = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(loadSaved(throwingGetter)).toEqual({ entries: [], problem: 'unavailable' });
    expect(storeSaved(throwingGetter, [NHS_111])).toBe('unavailable');
    expect(loadSaved(from(null))).toEqual({ entries: [] });
  });

  it('reports a full storage as "full" (the page then shows a plain message)', () => {
    const full = memoryStorage({}, { set: new DOMException('quota', 'QuotaExceededError') });
    expect(storeSaved(from(full), [NHS_111])).toBe('full');
    // Firefox's name for it, and the legacy code some browsers still use.
    const firefoxFull = memoryStorage({}, { set: new DOMException('quota', 'NS_ERROR_DOM_QUOTA_REACHED') });
    expect(storeSaved(from(firefoxFull), [NHS_111])).toBe('full');
  });

  it('keeps services that are no longer in the catalogue, with their names (the page lists them as "no longer listed")', () => {
    const storage = memoryStorage({ [SAVED_KEY]: JSON.stringify([{ id: 'svc-gone', name: 'Closed drop-in' }, NHS_111]) });
    expect(loadSaved(from(storage)).entries).toEqual([{ id: 'svc-gone', name: 'Closed drop-in' }, NHS_111]);
  });
});

describe('names brought up to date from the directory', () => {
  const listed = new Map([
    ['svc-nhs-111', 'NHS 111'],
    ['svc-herts-health-visiting', 'Health visiting service'],
  ]);
  const currentName = (id: string) => listed.get(id);

  it('learns the names of an old ids-only list and follows a renamed service', () => {
    const entries = [{ id: 'svc-nhs-111' }, HEALTH_VISITING];
    expect(withCurrentNames(entries, currentName)).toEqual([NHS_111, { id: HEALTH_VISITING.id, name: 'Health visiting service' }]);
  });

  it('keeps the last name of a service the directory no longer lists', () => {
    const entries = [{ id: 'svc-gone', name: 'Closed drop-in' }, { id: 'svc-gone-unnamed' }];
    expect(withCurrentNames(entries, currentName)).toEqual(entries);
  });

  it('returns the same list when nothing changed, so nothing is written', () => {
    const entries = [NHS_111];
    expect(withCurrentNames(entries, currentName)).toBe(entries);
  });
});
