import { describe, expect, it } from 'vitest';
import ts from './ts.js';
import type * as TS from 'typescript';
import { isAllowListChecked, isWordOnlyRegex } from './allow-list-guard.js';
import { ensureParents } from './scope.js';

// Whether the argument of the first `sink(...)` in `code` counts as vetted.
function checked(code: string): boolean {
  const sf = ts.createSourceFile('case.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  ensureParents(sf);
  let found: TS.Expression | undefined;
  const visit = (n: TS.Node): void => {
    if (!found && ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'sink' && n.arguments[0]) found = n.arguments[0];
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found) throw new Error(`no sink(...) in:\n${code}`);
  return isAllowListChecked(found);
}

describe('isWordOnlyRegex', () => {
  it.each(['/^\\w+$/', '/^[A-Za-z0-9_]+$/', '/^[a-z_][a-z0-9_]{0,62}$/i', '/^\\d+$/', '/^id_\\w*$/u'])('accepts %s', (re) => {
    expect(isWordOnlyRegex(re)).toBe(true);
  });
  it.each([
    ['/\\w+/', 'not anchored'],
    ['/^\\w+/', 'no end anchor'],
    ['/^\\w+$/m', 'multiline: ^ and $ match at any line'],
    ['/^\\w+$/g', 'global: stateful test()'],
    ['/^[\\w-]+$/', 'a dash: `--` comments out the rest of a line'],
    ['/^[\\w.]+$/', 'a dot'],
    ['/^.+$/', 'any character'],
    ['/^[^\']+$/', 'a negated class'],
    ['/^(a|b.*)$/', 'alternation and groups'],
    ['/^\\w+\\s\\w+$/', 'whitespace'],
    ['/^\\w+\\$/', 'an escaped dollar, not an anchor'],
  ])('rejects %s (%s)', (re) => {
    expect(isWordOnlyRegex(re)).toBe(false);
  });
});

describe('isAllowListChecked', () => {
  // from payloadcms/payload (MIT), packages/drizzle/src/utilities/json.ts
  it('a guard that throws, on a destructured callback parameter, through a module const regex', () => {
    const code = [
      'const SAFE_KEY_REGEX = /^\\w+$/',
      'export function jsonBuildObject(shape: Record<string, unknown>) {',
      '  Object.entries(shape).forEach(([key, value]) => {',
      '    if (!SAFE_KEY_REGEX.test(key)) {',
      "      throw new APIError('Unsafe key passed to jsonBuildObject.', 500)",
      '    }',
      '    sink(key)',
      '  })',
      '}',
    ].join('\n');
    expect(checked(code)).toBe(true);
    // The other name the same parameter binds is not vetted by it.
    expect(checked(code.replace('sink(key)', 'sink(value)'))).toBe(false);
  });
  it('a guard that returns, in an enclosing block', () => {
    expect(checked('export function f(col: string) {\n  if (!/^\\w+$/.test(col)) return;\n  if (x) { sink(col); }\n}')).toBe(true);
  });
  it('a local function that vets its parameter and returns it', () => {
    expect(checked('function ident(name: string) {\n  if (!/^[a-z_]+$/i.test(name)) throw new Error(name);\n  return name;\n}\nexport function f(t: string) { sink(ident(t)); }')).toBe(true);
    expect(checked('const ident = (name: string) => {\n  if (!/^\\w+$/.test(name)) throw new Error(name);\n  return name;\n};\nexport function f(t: string) { sink(ident(t)); }')).toBe(true);
  });
  it.each([
    ['export function f(k: string) {\n  sink(k);\n  if (!/^\\w+$/.test(k)) throw new Error();\n}', 'the guard comes after'],
    ['export function f(k: string) {\n  if (x) { if (!/^\\w+$/.test(k)) throw new Error(); }\n  sink(k);\n}', 'the guard sits in a sibling block'],
    ['export function f(k: string) {\n  if (!/^\\w+$/.test(k)) log(k);\n  sink(k);\n}', 'the guard falls through'],
    ['export function f(k: string) {\n  if (!/^\\w+$/.test(k)) { log(k); }\n  sink(k);\n}', 'the guard block falls through'],
    ['export function f(k: string) {\n  if (!/^\\w+$/.test(k)) throw new Error(); else log(k);\n  sink(k);\n}', 'an else branch'],
    ['export function f(k: string) {\n  for (;;) { if (!/^\\w+$/.test(k)) { if (y) break; throw new Error(); }\n  sink(k); }\n}', 'a break out of the guard'],
    ['export function f(k: string) {\n  if (!/^\\w+$/.test(k)) throw new Error();\n  k = k + "\'";\n  sink(k);\n}', 'the name is assigned again'],
    ['export function f(k: string) {\n  if (!/^\\w+$/.test(k)) throw new Error();\n  [k] = other;\n  sink(k);\n}', 'the name is assigned again by destructuring'],
    ['export function f(k: string) {\n  if (!/^[\\w-]+$/.test(k)) throw new Error();\n  sink(k);\n}', 'the regex allows a dash'],
    ['export function f(k: string) {\n  if (!/^\\w+$/m.test(k)) throw new Error();\n  sink(k);\n}', 'a multiline regex'],
    ['let RE = /^\\w+$/;\nexport function f(k: string) {\n  if (!RE.test(k)) throw new Error();\n  sink(k);\n}', 'the regex is a let'],
    ['export function f(k: string) {\n  if (!/^\\w+$/.test(k)) throw new Error();\n  return () => sink(k);\n}', 'the use is in another function'],
    ['export function f(k: string, j: string) {\n  if (!/^\\w+$/.test(j)) throw new Error();\n  sink(k);\n}', 'another name is checked'],
    ['export function f(k: string) {\n  if (/^\\w+$/.test(k)) log(k);\n  sink(k);\n}', 'not a negated check'],
    ['function sanitize(n: string) { return n.replace(/\'/g, ""); }\nexport function f(t: string) { sink(sanitize(t)); }', 'a function named sanitize, no regex guard'],
    ['function ident(n: string) {\n  if (!/^\\w+$/.test(n)) throw new Error();\n  return n + "x";\n}\nexport function f(t: string) { sink(ident(t)); }', 'the function returns something else'],
    ['function ident(n: string) {\n  if (x) return n;\n  if (!/^\\w+$/.test(n)) throw new Error();\n  return n;\n}\nexport function f(t: string) { sink(ident(t)); }', 'the function returns before its guard'],
    ['function ident(n: string) {\n  if (!/^\\w+$/.test(n)) throw new Error();\n  return n;\n}\nident = (n: string) => n;\nexport function f(t: string) { sink(ident(t)); }', 'the function is assigned over'],
    ['import { ident } from "./ident";\nexport function f(t: string) { sink(ident(t)); }', 'an imported function'],
  ])('not: %s (%s)', (code) => {
    expect(checked(code)).toBe(false);
  });
});
