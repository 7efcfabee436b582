// Lint for the whole repository: TypeScript's recommended rules, Svelte's, and Prettier for layout
// (`npm run lint` checks both; `npm test` runs it first, so a warning fails the build).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'node_modules/',
      '.svelte-kit/',
      'build/',
      'static/',
      'tests/output/',
      'bench/results/',
      'bench/data/',
      'data/.fetch-cache/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Links are `{base}` + a path + a query string built by src/lib/state/url.ts; resolve() takes no
      // query string, so it would only move the same concatenation elsewhere.
      'svelte/no-navigation-without-resolve': 'off',
      // State classes hold Maps and Sets as immutable snapshots, replaced whole on change (never
      // mutated in place), so Svelte's reactive collections would add cost without a use.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
