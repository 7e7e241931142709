import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { cataloguePlugin } from './build/catalogue-plugin';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

// One project per test environment (the nhsuk-frontend convention), so that
// `vitest run --project unit` picks exactly one kind of test.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.unit.test.ts'],
          environment: 'node',
          // No test measures time (timings live in npm run bench): a loaded CI machine gets room.
          testTimeout: 30_000,
        },
      },
      {
        // The preset compiles JSX against preact (not React) and aliases react -> preact/compat.
        // The catalogue plugin serves virtual:catalogue(-meta) from the real data/, validated.
        plugins: [cataloguePlugin(dataDir), preact()],
        test: {
          name: 'components',
          include: ['tests/components/**/*.component.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // Reads dist/, which must be built before the run (scripts/dev/run-tests.mjs does that).
        test: {
          name: 'build',
          include: ['tests/build/**/*.build.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A real Chromium per file: generous limits, and one file at a time on a 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
