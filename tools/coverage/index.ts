/**
 * The coverage tool's public entry, for scripts/cli/coverage.mjs (loaded with scripts/lib/load-ts.mjs):
 * read the real data into reports (Node), and print them with what fails.
 */
export { loadCoverage } from './load';
export { formatCoverage } from './report';
