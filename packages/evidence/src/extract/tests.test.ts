import { describe, expect, it } from 'vitest';
import { extractSource, roleOf } from '@readycheck/evidence';

const facts = (code: string, file: string) => extractSource(code, file).facts;

describe('extract/tests: test files by content', () => {
  it.each([
    ['vitest', "import { describe, it, expect } from 'vitest';\nimport { list } from '../src/users.js';\ndescribe('users', () => { it('lists', () => expect(list()).toEqual([])); });"],
    ['jest', "import { test, expect } from '@jest/globals';\ntest('adds', () => expect(1 + 1).toBe(2));"],
    ['node:test', "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\ntest('works', () => assert.ok(true));"],
    ['playwright', "import { test, expect } from '@playwright/test';\ntest.describe('login', () => { test('shows the form', async ({ page }) => { await page.goto('/'); }); });"],
    ['mocha', "const { describe, it } = require('mocha');\ndescribe('x', function () { it('y', function () {}); });"],
  ])('finds a %s test outside the test-path convention, and keeps what it imports', (runner, code) => {
    const f = facts(code, 'checks/users-check.ts');
    expect(f.role).toBe('test');
    expect(f.test?.runner).toBe(runner);
    expect(roleOf('checks/users-check.ts')).toBe('source');
  });

  it('takes mocha/jest globals (describe and it, no import) for a test, and counts suites and cases', () => {
    const f = facts("import { UserService } from '../src/services/UserService.js';\ndescribe('UserService', () => {\n  it('lists', () => {});\n  it.only('adds', () => {});\n  describe.each([[1]])('row %i', () => {});\n});", 'spec/users.js');
    expect(f.role).toBe('test');
    expect(f.test).toEqual({ suites: 2, cases: 2 });
    expect(f.imports.map((i) => i.specifier)).toEqual(['../src/services/UserService.js']);
  });

  it('leaves source alone: routes, a lone test() helper, yargs describe, a runner imported without tests', () => {
    expect(facts("app.get('/users', (req, res) => res.json([]));", 'src/app.ts').role).toBe('source');
    expect(facts("export function test(name: string, fn: () => void) { fn(); }\ntest('x', () => {});", 'src/harness.ts').role).toBe('source');
    expect(facts("yargs.describe('port', 'the port').command('serve', 'start', () => {});", 'src/cli.ts').role).toBe('source');
    expect(facts("import { defineConfig } from 'vitest/config';\nimport { expect } from 'vitest';\nexport const ok = () => expect(1).toBe(1);", 'src/helpers.ts').role).toBe('source');
    expect(facts("app.get('/users', (req, res) => res.json([]));", 'src/app.ts').test).toBeUndefined();
  });

  it('keeps the path convention (it runs before the walk, so the detectors skip those files)', () => {
    expect(['src/a.test.ts', 'src/a.spec.tsx', 'src/__tests__/a.ts', 'test/a.js', 'tests/a.mjs', 'e2e/login.ts'].map(roleOf)).toEqual(['test', 'test', 'test', 'test', 'test', 'test']);
    expect(['src/testing.ts', 'src/contest/a.ts', 'src/latest.ts'].map(roleOf)).toEqual(['source', 'source', 'source']);
  });
});
