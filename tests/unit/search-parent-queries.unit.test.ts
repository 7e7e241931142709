import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { createCatalogueSearch } from '../../src/features/search/catalogue-search';
import { searchServices } from '../../src/features/search/search-index';

// The real catalogue, read and normalised exactly as the build does.
const dir = fileURLToPath(new URL('../../data/catalogue', import.meta.url));
const catalogue = normaliseCatalogue(readCatalogueDir(dir).files as unknown as CatalogueFiles);
const index = createCatalogueSearch(catalogue);

// What parents type (typos included) → a service that answers it, which must be in the top 3.
const PARENT_QUERIES: [query: string, serviceId: string][] = [
  ['vitamins', 'svc-healthy-start-vitamins'],
  ['vitamns', 'svc-healthy-start-vitamins'],
  ['free vitamin drops for my baby', 'svc-healthy-start-vitamins'],
  ['brestfeeding', 'svc-national-breastfeeding-helpline'],
  ['breast feeding help', 'svc-national-breastfeeding-helpline'],
  ['HV', 'svc-herts-health-visiting'],
  ['health vistor', 'svc-herts-health-visiting'],
  ['special needs', 'svc-herts-send-local-offer'],
  ['SEND advice essex', 'svc-essex-sendiass'],
  ['additional needs', 'svc-ipsea'],
  ['my son is autistic', 'svc-herts-send-local-offer'],
  ['free hours', 'svc-free-early-education-3-4-year-olds'], // the universal 15 hours, every family's first answer
  ['30 hours childcare', 'svc-working-parents-childcare'],
  ['2 year funding essex', 'svc-essex-free-early-education-2-year-olds'],
  ['nursary', 'svc-herts-free-early-education-2-year-olds'],
  ['my 2 year old isnt talking', 'svc-herts-integrated-therapies'],
  ['speach therapy', 'svc-herts-integrated-therapies'],
  ['postnatal depression', 'svc-herts-community-perinatal-team'],
  ['PND', 'svc-pandas-text'],
  ['baby blues', 'svc-pandas-text'],
  ['jabs', 'svc-childhood-vaccinations'],
  ['vacinations', 'svc-childhood-vaccinations'],
  ['baby wont stop crying', 'svc-cry-sis'],
  ['safe sleep', 'svc-lullaby-trust-safer-sleep'],
  ['domestic violence', 'svc-national-domestic-abuse-helpline'],
  ['worried about a child', 'svc-nspcc-helpline'],
  ['miscarriage harlow', 'svc-pah-early-pregnancy-unit'],
  ['midwife watford', 'svc-watford-general-maternity'],
  ['food bank', 'svc-hertshelp'],
  ['tax free childcare', 'svc-tax-free-childcare'],
  ['childrens centre', 'svc-herts-family-centre-service'],
  ['cant afford food', 'svc-healthy-start'],
];

describe('search answers parents in their own words (real catalogue)', () => {
  it('has at least 25 parent queries', () => {
    expect(PARENT_QUERIES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(PARENT_QUERIES)('"%s" finds %s in the top 3', (query, id) => {
    const top = searchServices(index, query, 3).services.map((s) => s.id);
    expect(top).toContain(id);
  });
});
