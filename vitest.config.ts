import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.js';

const pkgSrc = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources, not dist/: no build needed before `npm test`.
    alias: Object.fromEntries(
      ['core', 'detectors', 'evidence', 'health', 'smoke', 'coverage-gate', 'monitor'].map((n) => [`@readycheck/${n}`, pkgSrc(n)]),
    ),
  },
  test: {
    projects,
    passWithNoTests: false,
    testTimeout: 15_000,
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/src/generated/**', '**/__fixtures__/**', '**/*.d.ts'],
      reporter: ['text-summary', 'json-summary', 'json', 'lcov'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 80 },
    },
  },
});
