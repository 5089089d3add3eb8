import { describe, it } from 'vitest';
import { defineDetector } from '../define.js';
import { RuleTester } from '../rule-tester.js';
import dynamicCodeExecution from './dynamic-code-execution.js';
import unscannable from './unscannable.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
// Always at 1:1: the finding is about the whole file.
const U = [{ messageId: 'unscannable', line: 1, column: 1 }] as const;
const times = (s: string, n: number): string => s.repeat(n);
const chain = (n: number, op: string): string => Array.from({ length: n }, (_, i) => `a${i}`).join(` ${op} `);

// A detector that throws on every identifier: a rule that cannot finish on a file.
const broken = defineDetector({
  id: 'broken-rule',
  category: 'CODE_STANDARDS',
  severity: 'low',
  docs: { description: 'Throws on identifiers.', why: 'Test double.', bad: 'a', good: '1' },
  messages: { m: 'never' },
  check: () => ({
    Identifier() {
      throw new Error('boom');
    },
  }),
});

// Depths are far from the parser's limit on either side (it moves with how warm V8's JIT is):
// valid cases nest at most a few hundred levels, invalid ones 10,000 or more.
tester.run(unscannable, {
  valid: [
    'const a = 1;',
    `const p = ${times('(', 200)}0${times(')', 200)};`,
    `const p = ${times('[', 200)}0${times(']', 200)};`,
    `const p = ${times('{a:', 200)}0${times('}', 200)};`,
    `const p = ${times('f(', 200)}0${times(')', 200)};`,
    `const p = ${chain(10_000, '+')};`,
    `const p = ${chain(10_000, '&&')};`,
    `const p = ${times('a ? b : ', 2_000)}0;`,
    `const p = a${times('.b', 10_000)};`,
    `const p = ${times('() => ', 200)}0;`,
    `const p = ${times('`${', 100)}0${times('}`', 100)};`,
    { code: `const p = ${times('<a>', 200)}x${times('</a>', 200)};`, filename: 'case.tsx' },
    `${times('{', 300)}f();${times('}', 300)}`,
    { code: `${times('if (a) ', 1_000)}f();`, alongside: [dynamicCodeExecution] },
    { code: `eval(x);\nconst p = ${times('(', 100)}0${times(')', 100)};`, alongside: [dynamicCodeExecution] },
  ],
  invalid: [
    { code: `const p = ${times('(', 10_000)}0${times(')', 10_000)};`, errors: [{ ...U[0], message: 'nesting too deep' }] },
    { code: `const p = ${times('[', 10_000)}0${times(']', 10_000)};`, errors: U },
    { code: `const p = ${times('{a:', 10_000)}0${times('}', 10_000)};`, errors: U },
    { code: `const p = ${times('f(', 10_000)}0${times(')', 10_000)};`, errors: U },
    { code: `const p = ${times('new A(', 10_000)}${times(')', 10_000)};`, errors: U },
    { code: `const p = ${times('() => ', 20_000)}0;`, errors: U },
    { code: `const p = ${times('`${', 10_000)}0${times('}`', 10_000)};`, errors: U },
    { code: `const p = ${times('<a>', 20_000)}x${times('</a>', 20_000)};`, filename: 'case.tsx', errors: U },
    { code: `${times('{', 20_000)}f();${times('}', 20_000)}`, errors: U },
    { code: `${times('function f() {', 20_000)}${times('}', 20_000)}`, errors: U },
    { code: `type T = ${times('Array<', 10_000)}string${times('>', 10_000)};`, errors: U },
    { code: `const p = ${times('!', 50_000)}x;`, errors: U },
    { code: `const p = ${times('a ? b : ', 100_000)}0;`, errors: U },
    // The nesting hides an eval the scan cannot see: the file is reported, so it is not clean.
    { code: `const p = ${times('(', 10_000)}eval(x)${times(')', 10_000)};`, alongside: [dynamicCodeExecution], errors: U },
    { code: 'const a = b;', alongside: [broken], errors: [{ ...U[0], message: 'rule broken-rule failed: Error: boom' }] },
    // A suppression comment cannot declare an unreadable file fine.
    { code: '// readycheck-disable -- reviewed\nconst a = b;', alongside: [broken], errors: U },
  ],
});
