import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import emptyFunction from './empty-function.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });

tester.run(emptyFunction, {
  valid: [
    'function f() { return 1; }',
    'function f() {\n  // intentionally empty: the base class does the work\n}',
    'function f(a: string): void;\nfunction f(a: number): void;\nfunction f(a: unknown) { use(a); }',
    'abstract class A { abstract run(): void; }',
    'interface I { run(): void; }',
    'declare function g(): void;',
    'class A { constructor(private readonly db: Db) {} }',
    'class S { private constructor() {} }',
    'emitter.on("close", () => {});',
    'const noop = () => {};',
    'function noop() {}',
    'p.catch(() => {});',
    'const s = "function f() {}";',
    'const t = `class A { run() {} }`;',
    '// function f() {}\nexport const a = 1;',
    'const o = { m() { return 1; } };',
    'new Promise(() => {});',
    'class A { m() { /* no-op: required by the interface */ } }',
    'const f = () => 1;',
    'type F = () => void;',
  ],
  invalid: [
    { code: 'function handleRefund() {}', errors: [{ messageId: 'emptyFunction', line: 1, column: 1, message: 'handleRefund' }] },
    { code: 'export async function save(doc: Doc) {}', errors: [{ messageId: 'emptyFunction' }] },
    { code: 'class Billing {\n  async chargeCustomer(id: string) {}\n}', errors: [{ messageId: 'emptyMethod', line: 2, column: 3, message: 'chargeCustomer' }] },
    { code: 'class A { constructor() {} }', errors: [{ messageId: 'emptyConstructor' }] },
    { code: 'class A { get value() {} }', errors: [{ messageId: 'emptyAccessor', message: 'Get accessor' }] },
    { code: 'class A { set value(v: number) {} }', errors: [{ messageId: 'emptyAccessor', message: 'Set accessor' }] },
    { code: 'const handler = () => {};', errors: [{ messageId: 'emptyFunction', message: 'handler' }] },
    { code: 'const handler = function () {};', errors: [{ messageId: 'emptyFunction' }] },
    { code: 'const api = { fetchUsers() {} };', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'const api = { fetchUsers: async () => {} };', errors: [{ messageId: 'emptyFunction', message: 'fetchUsers' }] },
    { code: 'module.exports.start = function start() {};', errors: [{ messageId: 'emptyFunction', message: 'start' }] },
    { code: 'export default function () {}', errors: [{ messageId: 'emptyFunction', message: 'default' }] },
    { code: 'class A { static create() {} }', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'class A { onEvent = () => {}; }', errors: [{ messageId: 'emptyFunction' }] },
    { code: 'function outer() {\n  function inner() {}\n  return inner;\n}', errors: [{ messageId: 'emptyFunction', line: 2 }] },
    { code: 'class A { *gen() {} }', errors: [{ messageId: 'emptyMethod' }] },
    { code: 'function f() {\n\n}', errors: [{ messageId: 'emptyFunction', endLine: 3 }] },
  ],
});
