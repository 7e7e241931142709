/** Stands in for a page whose code could not be loaded (src/pwa/page-code-fallback.ts). */
import { Loading } from './page';

export function PageCodeFailed({ reloading }: { reloading: boolean }) {
  // While the full load starts, a plain "Loading…"; otherwise the reason and a way to try again.
  return <Loading failed={!reloading} onRetry={() => window.location.reload()} />;
}
