import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearAppStorage, readString, writeString } from '../../src/lib/storage';
import { failingStorage, memoryStorage } from '../fixtures/memory-storage';

const fakeStorage = (failWith?: string): Storage => (failWith ? failingStorage(failWith) : memoryStorage());

afterEach(() => vi.unstubAllGlobals());

describe('storage that never throws', () => {
  it('reads back what it wrote', () => {
    vi.stubGlobal('localStorage', fakeStorage());
    expect(writeString('language', 'pl')).toBe('ok');
    expect(readString('language')).toBe('pl');
  });

  it('reports a full quota instead of throwing', () => {
    vi.stubGlobal('localStorage', fakeStorage('QuotaExceededError'));
    expect(writeString('saved', '[]')).toBe('full');
  });

  it('reports storage that is switched off instead of throwing', () => {
    vi.stubGlobal('localStorage', fakeStorage('SecurityError'));
    expect(writeString('saved', '[]')).toBe('unavailable');
    vi.stubGlobal('localStorage', undefined);
    expect(readString('saved')).toBeNull();
  });

  it('clears only what this app stored', () => {
    const storage = fakeStorage();
    storage.setItem('other-site-thing', 'keep');
    vi.stubGlobal('localStorage', storage);
    writeString('language', 'ur');
    writeString('saved', '["svc-nhs-111"]');
    expect(clearAppStorage()).toBe(2);
    expect(storage.getItem('other-site-thing')).toBe('keep');
    expect(readString('language')).toBeNull();
  });
});
