import type * as TS from 'typescript';
import ts from '../ts.js';
import { stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

// Test files: vitest, jest, mocha, node:test, playwright (and bun:test, ava, tap, uvu, jasmine's
// globals). A test covers what it imports: grouping joins each test file to the features of the
// files it imports (group/group.ts), and the `imports` extractor reads those imports in the same
// walk. This file decides which files are tests:
//  - by path, before the walk (`*.test.*`, `*.spec.*`, `__tests__/`, `test/`, `tests/`, `e2e/`),
//    so the detectors need not walk them;
//  - by content, in the walk: a file elsewhere (`spec/users.js`, `src/users_check.ts`) that calls
//    `describe`/`it`/`test(name, fn)` and imports a test runner, or calls both `describe` and
//    `it`/`test` (mocha's and jest's globals).
// A test's own markers, stubs and findings are not a feature's (they describe the test).

/** The test runner each module stands for. */
const RUNNERS: Readonly<Record<string, string>> = {
  vitest: 'vitest',
  '@jest/globals': 'jest',
  mocha: 'mocha',
  'node:test': 'node:test',
  '@playwright/test': 'playwright',
  'bun:test': 'bun',
  ava: 'ava',
  tap: 'tap',
  uvu: 'uvu',
};

const SUITE = new Set(['describe', 'suite', 'context']);
const CASE = new Set(['it', 'test', 'specify']);

/** A test file by its path alone (the convention every runner's default config follows). */
export function isTestPath(relPath: string): boolean {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(base) || /(^|\/)(__tests__|tests?|e2e)\//.test(relPath);
}

/** `describe`, `it.only`, `test.describe`, `describe.each([...])`: the runner's global it names. */
function testCallee(expr: TS.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  // `it.only(…)`, `test.skip(…)`, `test.describe(…)` (playwright): the name that says suite or case.
  if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
    const member = expr.name.text;
    if (SUITE.has(member) || CASE.has(member)) return member;
    return expr.expression.text;
  }
  // `describe.each(table)(name, fn)`.
  if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && ts.isIdentifier(expr.expression.expression)) return expr.expression.expression.text;
  return undefined;
}

export default {
  name: 'tests',
  visitor: {
    ImportDeclaration: (node, { facts }) => {
      const spec = stringArg((node as TS.ImportDeclaration).moduleSpecifier);
      const runner = spec === undefined ? undefined : RUNNERS[spec];
      if (runner) (facts.test ??= { suites: 0, cases: 0 }).runner = runner;
    },
  },
  call: ({ n, s, fn }, { facts }) => {
    if (fn === 'require' && s !== undefined && RUNNERS[s]) {
      (facts.test ??= { suites: 0, cases: 0 }).runner = RUNNERS[s];
      return;
    }
    // `describe('name', () => …)`: a name (string or template) and a function.
    const [name, body] = n.arguments;
    if (name === undefined || body === undefined) return;
    if (!(ts.isStringLiteralLike(name) || ts.isTemplateExpression(name)) || !(ts.isArrowFunction(body) || ts.isFunctionExpression(body))) return;
    const callee = testCallee(n.expression);
    if (callee === undefined) return;
    if (SUITE.has(callee)) (facts.test ??= { suites: 0, cases: 0 }).suites++;
    else if (CASE.has(callee)) (facts.test ??= { suites: 0, cases: 0 }).cases++;
  },
  finish: ({ facts, file }) => {
    if (facts.role !== 'source') return;
    const t = facts.test;
    if (t === undefined || isTestPath(file)) return;
    if ((t.runner !== undefined && t.suites + t.cases > 0) || (t.suites > 0 && t.cases > 0)) facts.role = 'test';
  },
} satisfies ExtractPlugin;
