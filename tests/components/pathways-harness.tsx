/** Shared by the pathway component tests: the real catalogue (endings name real services) and the page at a URL. */
import { render } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import path from 'node:path';
import { setCatalogue } from '../../src/features/catalogue/catalogue';
import { readCatalogueDir } from '../../build/catalogue-files';
import { normaliseCatalogue } from '../../src/features/catalogue/normalise';
import type { CatalogueFiles } from '../../src/features/catalogue/oruk';
import PathwaysPage from '../../src/pages/pathways-page';

export function loadRealCatalogue(): void {
  const { files } = readCatalogueDir(path.resolve(import.meta.dirname, '../../data/catalogue'));
  setCatalogue(normaliseCatalogue(files as unknown as CatalogueFiles));
}

export function openPathways(url: string) {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <PathwaysPage />
    </LocationProvider>,
  );
}
