import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchServices } from '../../src/features/search/search-index';
import { serviceView } from '../fixtures/service-view';

const session = (id: string, days: ('TU' | 'TH')[], description: string) =>
  serviceView({ id, name: `Children's centre ${id}`, schedules: [{ days, opensAt: '10:00', closesAt: '11:30', description }] });

const services = [session('a', ['TH'], 'Stay and play'), session('b', ['TU'], 'Stay and play'), session('c', ['TU'], 'Baby massage')];
const index = buildSearchIndex(services, () => '');
const ids = (query: string) => searchServices(index, query).services.map((s) => s.id);

describe("a council's sessions in search", () => {
  it('finds a service by what its sessions are, though its name does not say', () => {
    expect(ids('stay and play')).toEqual(['a', 'b']);
    expect(ids('baby massage')).toEqual(['c']);
  });

  it('puts the sessions on the day the parent asks for first', () => {
    expect(ids('stay and play tuesday')[0]).toBe('b');
    expect(ids('stay and play on thursday')[0]).toBe('a');
  });

  it('does not make every service open on a day answer that day', () => {
    const opening = serviceView({ id: 'open', schedules: [{ days: ['TU'], opensAt: '09:00', closesAt: '17:00' }] });
    expect(
      searchServices(
        buildSearchIndex([opening], () => ''),
        'tuesday',
      ).services,
    ).toEqual([]);
  });
});
