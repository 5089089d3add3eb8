import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import parseError from './parse-error.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const S = { messageId: 'syntax' } as const;
const bad = (code: string, errors: { line?: number; column?: number; message?: string }[], filename?: string) => ({
  code,
  allowParseErrors: true,
  errors: errors.map((e) => ({ ...S, ...e })),
  ...(filename ? { filename } : {}),
});

tester.run(parseError, {
  valid: [
    'if (a) { b(); }',
    'const s = "if () {";',
    'const t = `{{{{`;',
    'const r = /\\{\\{/;',
    '// if () {\nexport {};',
    'const el = <div>{"}"}</div>;',
    'function f<T>(x: T): T { return x; }',
    'const o = { ...a, b };',
    'label: for (;;) { break label; }',
    'class A { #x = 1; get x() { return this.#x; } }',
    'const big = 1_000n;',
    'export * as ns from "./ns.js";',
    'using res = open();',
    'const v = a?.b ?? c;',
    { code: 'const x = 1;\nmodule.exports = { x };', filename: 'a.cjs' },
    'enum E { A = 1, B }',
  ],
  invalid: [
    bad('if () {\n  start();\n}', [{ line: 1, column: 5, message: 'Expression expected' }]),
    bad('function f() {\n  return 1;\n', [{ line: 3, message: "'}' expected" }]),
    bad('const x = ;', [{ line: 1, column: 11 }]),
    bad('{{{{', [{ line: 1, column: 5 }]),
    bad('let a = (1 + 2;', [{ message: "')' expected" }]),
    bad('class A { m() { } ) }', [{ column: 19 }]),
    bad('const o = { a: 1 b: 2 };', [{ message: "',' expected" }]),
    bad('import { a from "a";', [{ line: 1 }]),
    bad('for (let i = 0; i < 3; i++ {\n}', [{ message: "')' expected" }]),
    bad('const s = "unterminated;\n', [{ message: 'Unterminated string literal' }]),
    bad('/* never closed', [{ message: "'*/' expected" }]),
    bad('const t = `abc', [{ message: 'Unterminated template literal' }]),
    bad('x = a +;', [{ line: 1 }]),
    bad('const el = <div><span></div>;', [{ message: 'no corresponding closing tag' }], 'a.tsx'),
    bad('function (a) {}', [{ message: 'Identifier expected' }]),
    bad('a\n@@\nb', [{ line: 3, message: 'Expression expected' }]),
  ],
});
