/**
 * The catalogue and its search index for the search page: null until each is ready. The page
 * shows its form at once and its results when both arrive. Both downloads start only once the
 * form has painted: started earlier (preloaded, or during the first render), a council's
 * 3,000-service catalogue and index (about 220 KB) held back the first screen on a poor signal,
 * since the browser shares the line between them and the page's own code. The index is the one
 * the build made (from the network or the service worker's cache); catalogue-search.ts builds
 * one itself if that fails.
 */
import { useEffect, useState } from 'preact/hooks';
import { catalogue as loadedCatalogue, loadCatalogue } from '../catalogue/catalogue';
import type { Catalogue } from '../catalogue/model';
import { catalogueSearch, loadCatalogueSearch, readyCatalogueSearch } from './catalogue-search';
import type { SearchIndex } from './search-index';

export function useSearchData(): { catalogue: Catalogue | null; index: SearchIndex | null } {
  // Reading the signal (not useCatalogue) subscribes without starting the download mid-render.
  const catalogue = loadedCatalogue.value;
  useEffect(() => {
    if (!loadedCatalogue.value) void loadCatalogue();
  }, []);
  const [loaded, setLoaded] = useState<{ catalogue: Catalogue; index: SearchIndex } | null>(null);
  const ready = catalogue ? readyCatalogueSearch(catalogue) : null;
  useEffect(() => {
    if (!catalogue || ready) return;
    let live = true;
    void loadCatalogueSearch(catalogue).then(() => {
      if (live) setLoaded({ catalogue, index: catalogueSearch(catalogue) });
    });
    return () => {
      live = false;
    };
  }, [catalogue, ready]);
  return { catalogue, index: ready ?? (loaded && loaded.catalogue === catalogue ? loaded.index : null) };
}
