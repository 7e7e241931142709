// The one way a script loads the app's TypeScript: Vite's runnerImport, which transforms the file
// and everything it imports on the fly, so no separate TypeScript runner is installed. configFile:
// false keeps the app's own Vite plugins (and their virtual modules) out of it: the modules scripts
// load are plain TypeScript.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** Loads `path` (relative to the repository root) and returns its exports. */
export async function loadTs(path) {
  return (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'error' })).module;
}
