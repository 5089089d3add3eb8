// The one list of test projects. Vitest 4 no longer reads this file by itself:
// vitest.config.ts imports it into `test.projects`, so a project missing here runs no tests.
import type { TestProjectInlineConfiguration } from 'vitest/config';

const pkg = (name: string, extra: { testTimeout?: number; globalSetup?: string[] } = {}): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name, root: `packages/${name}`, include: ['src/**/*.test.ts', 'test/**/*.test.ts'], ...extra },
});

const projects: TestProjectInlineConfiguration[] = [
  pkg('core'),
  pkg('detectors'),
  pkg('evidence'),
  pkg('health', { testTimeout: 30_000 }),
  pkg('smoke', { testTimeout: 30_000 }),
  pkg('coverage-gate', { testTimeout: 30_000 }),
  pkg('eslint-plugin', { testTimeout: 30_000 }),
  // One throw-away PostgreSQL cluster for all of monitor's Postgres tests (test/postgres-setup.ts).
  pkg('monitor', { testTimeout: 60_000, globalSetup: ['test/postgres-setup.ts'] }),
  { extends: true, test: { name: 'repo', root: '.', include: ['scripts/**/*.test.ts', 'examples/**/*.test.ts', 'action/**/*.test.ts', 'bench/accuracy/*.test.ts'] } },
];

export default projects;
