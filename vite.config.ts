import { sveltekit } from '@sveltejs/kit/vite';
// From vitest/config, not vite: the `test` key must type-check (TOOLCHAIN.md pitfall 9).
import { defineConfig } from 'vitest/config';
import { firstChartChunks } from './src/build/first-chunk.js';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [sveltekit()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: isSsrBuild
    ? {}
    : {
        // The first chart's code in two chunks, not twenty (src/build/first-chunk.js).
        rolldownOptions: { output: { codeSplitting: { groups: firstChartChunks() } } },
      },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        // Generous limits: several tests build the whole data set in memory, on a 2-core machine shared with other work.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/charts/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One production build and one server for every browser test file.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Some tests walk every page in one browser (a11y): room for a loaded 2-core CI machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
