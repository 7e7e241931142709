/** Which services an item lists: its own categories, the family's district, local before national. */
import { describe, expect, it } from 'vitest';
import type { ServiceView } from '../../src/features/catalogue/model';
import { servicesFor } from '../../src/features/timeline/item-services';
import { serviceView } from '../fixtures/service-view';

const WATFORD = 'E07000103';
const HARLOW = 'E07000073';

function service(id: string, categories: string[], ladCodes: string[] | 'all'): ServiceView {
  return serviceView({ id, categories, areas: [{ name: 'a', ladCodes }] });
}

const SERVICES = [
  service('national-vaccines', ['cat-immunisations'], 'all'),
  service('harlow-maternity', ['cat-midwifery-antenatal'], [HARLOW]),
  service('watford-maternity', ['cat-midwifery-antenatal'], [WATFORD]),
  service('watford-vaccines', ['cat-immunisations'], [WATFORD]),
  service('watford-feeding', ['cat-infant-feeding'], [WATFORD]),
];

describe('services that help with an item', () => {
  it('RSV: vaccination services before maternity, local before national, in the district only', () => {
    expect(servicesFor('rsv', SERVICES, WATFORD).map((s) => s.id)).toEqual(['watford-vaccines', 'national-vaccines', 'watford-maternity']);
  });

  it('with no district, every district’s services', () => {
    expect(servicesFor('rsv', SERVICES, undefined, 10).map((s) => s.id)).toEqual([
      'watford-vaccines',
      'national-vaccines',
      'harlow-maternity',
      'watford-maternity',
    ]);
  });

  it('nothing from other categories', () => {
    expect(servicesFor('register-birth', SERVICES, WATFORD)).toEqual([]);
  });
});
