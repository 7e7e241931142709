/**
 * Marks the chunks a first render runs with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
 * Chromium 136+; other engines ignore a comment). Chromium then compiles their functions on the
 * background thread that streams the download, instead of one by one on the main thread the first
 * time each is called, which was most of the first render's cost on a cheap phone. Not for chunks
 * a page may never run (Leaflet, the other languages): eager compiling them would be wasted work.
 */
import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHintsPlugin(skip: RegExp): Plugin {
  return {
    name: 'best-start-compile-hints',
    apply: 'build',
    // After minifying, which would strip the comment. The hint is the same for every build, so
    // the file names (hashed before this) still change exactly when the code does.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || skip.test(chunk.moduleIds.join('\n'))) continue;
          chunk.code = HINT + chunk.code;
        }
      },
    },
  };
}
