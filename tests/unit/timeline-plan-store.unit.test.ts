/** The plan kept on this device: what another tab or an old version garbled is dropped, never shown. */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/features/timeline/plan-store';

function storageWith(value: string | null): () => Storage {
  const data = new Map<string, string>(value === null ? [] : [['bsf:plan', value]]);
  return () => ({
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  });
}

describe('reading the stored plan', () => {
  it('keeps well-formed children and the district', () => {
    const stored = JSON.stringify({ children: [{ id: 'a1', kind: 'born', date: '2025-01-15', name: ' Sam ' }], district: 'E07000103' });
    expect(readPlan(storageWith(stored))).toEqual({
      children: [{ id: 'a1', kind: 'born', date: '2025-01-15', name: 'Sam' }],
      district: 'E07000103',
    });
  });

  it('drops impossible dates, unknown kinds, bad ids and a bad district', () => {
    const stored = JSON.stringify({
      children: [
        { id: 'a', kind: 'born', date: '2025-02-29' },
        { id: 'b', kind: 'adopted', date: '2025-01-01' },
        { id: '<img>', kind: 'due', date: '2027-01-01' },
        { id: 'c', kind: 'due', date: '2027-01-01' },
      ],
      district: 'javascript:alert(1)',
    });
    expect(readPlan(storageWith(stored))).toEqual({ children: [{ id: 'c', kind: 'due', date: '2027-01-01' }] });
  });

  it('an unreadable value or none at all is an empty plan', () => {
    expect(readPlan(storageWith('{not json'))).toEqual({ children: [] });
    expect(readPlan(storageWith(null))).toEqual({ children: [] });
    expect(readPlan(() => null)).toEqual({ children: [] });
  });
});
