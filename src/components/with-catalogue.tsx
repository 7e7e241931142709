/** Renders its child with the catalogue once it has loaded; a loading or retry message until then. */
import type { VNode } from 'preact';
import { catalogueFailed, loadCatalogue, useCatalogue } from '../features/catalogue/catalogue';
import type { Catalogue } from '../features/catalogue/model';
import { Loading } from './page';

export function WithCatalogue({ children }: { children: (catalogue: Catalogue) => VNode }) {
  const catalogue = useCatalogue();
  if (!catalogue) return <Loading failed={catalogueFailed.value} onRetry={() => void loadCatalogue()} />;
  return children(catalogue);
}
