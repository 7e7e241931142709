/**
 * Marks the chunks a first render runs with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
 * Chromium 136+; other engines ignore a comment). Chromium then compiles their functions on the
 * background thread that streams the download, instead of one by one on the main thread the first
 * time each is called, which was most of the first render's cost on a cheap phone. Which chunks
 * those are comes from the route preload lists (route-preloads.ts); chunks loaded only on
 * request (Leaflet, the other languages) stay unmarked, as eager compiling them would be wasted work.
 */
import type { Rolldown } from 'vite';
import { firstRenderChunks } from './route-preloads';

const HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts the hint at the top of each first-render chunk. Run after minifying, which would strip the
 * comment. The hint is the same for every build, so the file names (hashed before this) still
 * change exactly when the code does.
 */
export function addCompileHints(bundle: Rolldown.OutputBundle): void {
  const first = firstRenderChunks(bundle);
  for (const chunk of Object.values(bundle)) {
    if (chunk.type === 'chunk' && first.has(chunk.fileName)) chunk.code = HINT + chunk.code;
  }
}
