import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import { catalogueSearch, createCatalogueSearch, loadCatalogueSearch } from '../../src/features/search/catalogue-search';
import { postingsFile, postingsFor } from '../../src/features/search/prebuilt-search';
import { searchServices } from '../../src/features/search/search-index';

const dir = fileURLToPath(new URL('../../data/catalogue', import.meta.url));
const read = () => normaliseCatalogue(readCatalogueDir(dir).files as unknown as CatalogueFiles);
const catalogue = read();
const ids = (found: { services: { id: string }[] }) => found.services.map((s) => s.id);
/** The file as the build writes it and the phone receives it. */
const shipped = () => JSON.parse(JSON.stringify(postingsFile(catalogue))) as ReturnType<typeof postingsFile>;

describe('the search index the build writes (/data/search-postings.json)', () => {
  it('finds exactly what reading the services on the phone finds, urgent lines first as before', () => {
    const onPhone = createCatalogueSearch(catalogue);
    const postings = postingsFor(shipped(), catalogue.services);
    expect(postings).not.toBeNull();
    const fromBuild = createCatalogueSearch(catalogue, undefined, postings ?? undefined);
    for (const query of ['vitamins', 'vitamns', 'brestfeeding', 'health visitor', 'my 2 year old isnt talking', 'urgent', 'jabs', 'SEND']) {
      expect(ids(searchServices(fromBuild, query)), query).toEqual(ids(searchServices(onPhone, query)));
    }
    expect(ids(searchServices(fromBuild, 'urgent'))[0]).toBe('svc-999-emergency');
  });

  it('is never used for another catalogue: one service more or fewer, or in another order', () => {
    const file = shipped();
    expect(postingsFor(file, catalogue.services.slice(1))).toBeNull();
    expect(postingsFor(file, [...catalogue.services].reverse())).toBeNull();
    expect(postingsFor({ ...file, postings: 'damaged' }, catalogue.services)).toBeNull();
    expect(postingsFor({ ...file, postings: { vitamins: [1, 2] } }, catalogue.services)).toBeNull();
    expect(postingsFor({ ...file, urgent: { 'not-a-kind': [0] } }, catalogue.services)).toBeNull();
    expect(postingsFor({ ...file, weights: [] }, catalogue.services)).toBeNull();
    expect(postingsFor(null, catalogue.services)).toBeNull();
  });

  it('keeps search working when a damaged file points past the catalogue', () => {
    const file = shipped();
    // A step far past the last service, with the top weight, after the real ones.
    file.postings.vitamins = `${file.postings.vitamins},${(999_999 * file.weights.length + file.weights.length - 1).toString(36)},junk`;
    const postings = postingsFor(file, catalogue.services);
    const index = createCatalogueSearch(catalogue, undefined, postings ?? undefined);
    expect(ids(searchServices(index, 'vitamins'))).toContain('svc-healthy-start-vitamins');
    expect(searchServices(index, 'vitamins').services.every(Boolean)).toBe(true);
  });
});

describe("the search page loading the build's index", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('searches with the downloaded file rather than reading the services again', async () => {
    const fresh = read();
    const file = JSON.parse(JSON.stringify(postingsFile(fresh))) as ReturnType<typeof postingsFile>;
    // A word no service's text has, given to one service: only the downloaded file can find it.
    const at = fresh.services.findIndex((s) => s.id === 'svc-nhs-111');
    file.postings.zzfromthebuild = (at * file.weights.length + file.weights.indexOf(3)).toString(36);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(file))),
    );
    await loadCatalogueSearch(fresh);
    expect(ids(searchServices(catalogueSearch(fresh), 'zzfromthebuild'))).toEqual(['svc-nhs-111']);
  });

  it('builds the index itself when the file cannot be had (offline before it was cached, or an error page)', async () => {
    const fresh = read();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Not found</html>', { status: 404 })),
    );
    await loadCatalogueSearch(fresh);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await loadCatalogueSearch(fresh);
    expect(ids(searchServices(catalogueSearch(fresh), 'vitamins'))).toContain('svc-healthy-start-vitamins');
  });
});
