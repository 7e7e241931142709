// ESLint for the whole repository: `npm run lint` (part of `npm test`, run with --max-warnings 0).
// typescript-eslint parses with TypeScript 6 (the `typescript` package is aliased to
// @typescript/typescript6, whose JavaScript API typescript-eslint needs); `tsc` type-checks with
// TypeScript 7 (`typescript-7`). The rules here are syntax-only, so linting needs no type information.
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/**', 'coverage/**', 'lh/**', 'test-results/**', '.scratch/**', 'data/**', 'public/**', 'node_modules/**'],
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      // import-x reads only the files whose extensions it is told about, so without this no-cycle sees no TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // The text cleaners find and strip control characters on purpose (search, imported feeds).
      'no-control-regex': 'off',
      // A leading underscore marks a parameter kept for its position (callbacks, Vite plugin hooks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Preact hooks follow React's rules. Only the app and its component tests use hooks; the e2e
    // helpers called use… (useBrowser) are not hooks.
    files: ['src/**/*.{ts,tsx}', 'tests/components/**/*.{ts,tsx}'],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
