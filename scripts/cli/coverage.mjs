#!/usr/bin/env node
// Prints topic → services and pathway ending → contact kind per area, and exits non-zero when a
// topic has no service and no explanation, an area's endings fall under 90% reachable by phone or
// text, or an ending without a number does not say why. Usage: npm run coverage
// The logic lives in tools/coverage/ (shared with tests/unit/topic-coverage.unit.test.ts).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from '../lib/load-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

try {
  const { loadCoverage, formatCoverage } = await loadTs('tools/coverage/index.ts');
  const data = loadCoverage(resolve(root, 'data'));
  const { text, failures } = formatCoverage(data.topicReports, data.endings, data.districtsByArea, data.areaNames);
  console.log(text);
  process.exit(failures.length ? 1 : 0);
} catch (err) {
  console.error(`Coverage could not run: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
