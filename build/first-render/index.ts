/**
 * The first-render build step: the one Vite plugin that prepares index.html and the bundle so a
 * page's first screen arrives finished, and soon. README.md beside it shows the whole sequence,
 * build and browser, and src/boot.ts is its other half.
 *   - index.html learns what each address needs and starts those downloads (route-preloads.ts,
 *     with the fixed inline script in preloader-script.ts);
 *   - index.html holds the language names, hidden, so their fonts load with the code (font-warmup.ts);
 *   - the chunks a first render runs are compiled while they download (compile-hints.ts).
 */
import type { Plugin } from 'vite';
import { addCompileHints } from './compile-hints';
import { fontWarmupTag } from './font-warmup';
import { withRoutePreloads } from './route-preloads';

export function firstRenderPlugin(): Plugin {
  return {
    name: 'best-start-first-render',
    transformIndexHtml: {
      // Last, when the bundle's file names are known. In dev there is no bundle: nothing is
      // hashed and nothing preloaded, but the fonts are warmed the same.
      order: 'post',
      handler: (html, { bundle }) => ({ html: bundle ? withRoutePreloads(html, bundle) : html, tags: [fontWarmupTag()] }),
    },
    // After minifying, which would strip the hints.
    generateBundle: { order: 'post', handler: (_options, bundle) => addCompileHints(bundle) },
  };
}
