/**
 * The postcode remembered on this device for search's distances: it reads back what "Near me"
 * stored, never trusts a damaged value, is forgotten by "Forget this postcode", and goes with
 * "Clear everything" (which clears every bsf: key).
 */
import { describe, expect, it } from 'vitest';
import { clearAppStorage, type StorageSource } from '../../src/lib/storage';
import { forgetPlace, PLACE_KEY, readRememberedPlace, rememberPlace } from '../../src/features/postcodes/remembered-place';
import { failingStorage, memoryStorage as inMemory } from '../fixtures/memory-storage';

function memoryStorage(failWith?: string): { source: StorageSource; data: Map<string, string> } {
  const storage = failWith ? failingStorage(failWith) : inMemory();
  const { data } = storage;
  return { source: () => storage, data };
}

const HARLOW = { label: 'CM20 1LP', lat: 51.77, lon: 0.09, ladCode: 'E07000073' };

describe('the remembered postcode', () => {
  it('reads back the postcode, its point and its district under a bsf: key', () => {
    const { source, data } = memoryStorage();
    expect(rememberPlace(HARLOW, source)).toBe('ok');
    expect(PLACE_KEY.startsWith('bsf:')).toBe(true);
    expect(data.has(PLACE_KEY)).toBe(true);
    expect(readRememberedPlace(source)).toEqual(HARLOW);
  });

  it('is gone after "Forget this postcode"', () => {
    const { source } = memoryStorage();
    rememberPlace(HARLOW, source);
    forgetPlace(source);
    expect(readRememberedPlace(source)).toBeNull();
  });

  it('is gone after "Clear everything" (every bsf: key)', () => {
    const { source } = memoryStorage();
    rememberPlace(HARLOW, source);
    clearAppStorage(source);
    expect(readRememberedPlace(source)).toBeNull();
  });

  it('reads a damaged or foreign value as nothing stored, without throwing', () => {
    const { source, data } = memoryStorage();
    for (const junk of ['{not json', '"CM20"', '{"label":"CM20","lat":"x","lon":0}', '{"label":"<b>","lat":1,"lon":1,"ladCode":"nope"}']) {
      data.set(PLACE_KEY, junk);
      expect(readRememberedPlace(source)).toBeNull();
    }
  });

  it('says when storage is switched off or full, instead of throwing', () => {
    expect(rememberPlace(HARLOW, memoryStorage('SecurityError').source)).toBe('unavailable');
    expect(rememberPlace(HARLOW, memoryStorage('QuotaExceededError').source)).toBe('full');
    expect(readRememberedPlace(() => null)).toBeNull();
  });
});
