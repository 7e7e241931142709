import { beforeEach, describe, expect, it, vi } from 'vitest';
import { askToKeepStorage, resetAskedThisVisit } from '../../src/features/saved/persistent-storage';
import type { StorageSource } from '../../src/lib/storage';

/** A Map-backed Storage; `full` makes every write fail as a full quota does. */
function memoryStorage(full = false): StorageSource {
  const data = new Map<string, string>();
  const storage = {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
  } as Storage;
  return () => storage;
}

beforeEach(() => resetAskedThisVisit());

describe("asking the browser to keep this site's storage", () => {
  it('asks, and reports the browser keeping it', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await askToKeepStorage({ persist }, memoryStorage())).toBe('kept');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks only once on this device, even after a refusal and a new visit', async () => {
    const device = memoryStorage();
    const persist = vi.fn(() => Promise.resolve(false));
    expect(await askToKeepStorage({ persist }, device)).toBe('refused');
    expect(await askToKeepStorage({ persist }, device)).toBe('asked-before');
    resetAskedThisVisit(); // a new visit reads the device
    expect(await askToKeepStorage({ persist }, device)).toBe('asked-before');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks only once per visit when the device cannot remember (storage full)', async () => {
    const device = memoryStorage(true);
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await askToKeepStorage({ persist }, device)).toBe('kept');
    expect(await askToKeepStorage({ persist }, device)).toBe('asked-before');
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('carries on when the browser has no way to ask', async () => {
    expect(await askToKeepStorage(undefined, memoryStorage())).toBe('unsupported');
    expect(await askToKeepStorage({}, memoryStorage())).toBe('unsupported');
  });

  it('never throws or rejects when asking fails', async () => {
    const throwing = () => {
      throw new DOMException('not allowed', 'SecurityError');
    };
    expect(await askToKeepStorage({ persist: throwing }, memoryStorage())).toBe('failed');
    resetAskedThisVisit();
    const rejecting = () => Promise.reject(new TypeError('blocked'));
    expect(await askToKeepStorage({ persist: rejecting }, memoryStorage())).toBe('failed');
  });
});
