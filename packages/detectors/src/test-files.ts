// Test and test-support files by path: `*.test.*`, `*.spec.*`, `*.e2e.*` (with a suffix: NestJS's
// `*.e2e-spec.ts`, novu's `*.e2e-ee.ts`), and files under `__tests__/`,
// `__mocks__/` or `__fixtures__/`. Detectors grade what they find there lower (a fake, a sample
// token), never skip it.
const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__|__fixtures__)\/|\.(?:test|spec|e2e)(?:-[a-z]+)?\.[cm]?[jt]sx?$/;

/** Whether a path (relative, `/`-separated) names a test or test-support file. */
export const isTestFile = (fileName: string): boolean => TEST_FILE.test(fileName);
