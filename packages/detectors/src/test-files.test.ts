import { describe, expect, it } from 'vitest';
import { isTestFile } from './test-files.js';

describe('isTestFile', () => {
  it('names test and test-support files by their path', () => {
    for (const file of [
      'src/a.test.ts',
      'src/a.spec.tsx',
      'src/__tests__/a.ts',
      'src/__mocks__/fs.ts',
      'src/__fixtures__/key.ts',
      // NestJS's end-to-end suffix and novu's (novuhq/novu@74a2e9a, apps/api/src/app/integrations/e2e/*.e2e.ts)
      'test/app.e2e-spec.ts',
      'apps/api/src/app/integrations/e2e/create-integration.e2e.ts',
      'apps/api/src/app/testing/billing/verify-customer.e2e-ee.ts',
    ])
      expect(isTestFile(file), file).toBe(true);
  });

  it('does not take product code with a test-like word in its name for a test', () => {
    for (const file of ['src/testing.ts', 'src/e2e.ts', 'src/latest.ts', 'src/contest.spec-helpers/x.ts', 'src/e2e-runner.ts', 'src/spec.ts', 'src/a.e2e.json'])
      expect(isTestFile(file), file).toBe(false);
  });
});
