import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import stubImplementation from './stub-implementation.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const N = { messageId: 'notImplemented' } as const;

tester.run(stubImplementation, {
  valid: [
    'function f() { throw new Error("invalid input"); }',
    'function f() { throw new TypeError(`expected ${t}`); }',
    'const s = "throw new Error(\'Not implemented\')";',
    'const t = `throw new NotImplementedError()`;',
    '// throw new Error("Not implemented")\nexport const a = 1;',
    'const re = /not implemented/;',
    'function f() { return null; }',
    'function f() {\n  // returns null when the cache is cold\n  return null;\n}',
    'function f() {\n  // TODO: add metrics\n  return compute();\n}',
    'function f() {\n  // intentionally empty\n}',
    'class NotImplementedError extends Error {}',
    'if (x) { throw new Error(message); }',
    'const err = new Error("Not implemented");',
    'function f() { throw wrap(e); }',
    'function g() { throw new Error("Implemented in a later step is wrong: use h()".slice(0)); }',
    'function f() {\n  return undefined; // callers treat undefined as "no limit"\n}',
    'function f() {\n  // no implementation needed: the base class does the work\n}',
    'function f() {\n  // code in this module must stay synchronous\n  run();\n}',
    'function f() {\n  // ... existing code ...\n}',
  ],
  invalid: [
    { code: 'function refund() {\n  throw new Error("Not implemented");\n}', errors: [{ ...N, line: 2, column: 3, message: 'Not implemented' }] },
    { code: 'function f() { throw new Error("Method not implemented."); }', errors: [N] },
    { code: 'function f() { throw new Error(\'not yet implemented\'); }', errors: [N] },
    { code: 'function f() { throw Error("NOT IMPLEMENTED"); }', errors: [N] },
    { code: 'function f() { throw new Error(`Unimplemented`); }', errors: [N] },
    { code: 'function f() { throw new Error("TODO"); }', errors: [N] },
    { code: 'function f() { throw "not implemented"; }', errors: [N] },
    { code: 'class A { run() { throw new NotImplementedError(); } }', errors: [{ messageId: 'notImplementedClass', message: 'NotImplementedError' }] },
    { code: 'const f = () => { throw new errors.NotImplemented("f"); };', errors: [{ messageId: 'notImplementedClass' }] },
    { code: 'function parse(input: string) {\n  // TODO: implement\n}', errors: [{ messageId: 'todoOnly', line: 1, message: 'TODO: implement' }] },
    { code: 'class A { m() { /* FIXME */ } }', errors: [{ messageId: 'todoOnly' }] },
    { code: 'const f = () => {\n  // implement later\n};', errors: [{ messageId: 'todoOnly' }] },
    { code: 'function load() {\n  // TODO: read from disk\n  return null;\n}', errors: [{ messageId: 'returnsNothing', line: 3, message: 'null' }] },
    { code: 'function load() {\n  return undefined; // TODO\n}', errors: [{ messageId: 'returnsNothing', message: 'undefined' }] },
    { code: 'function load() {\n  // XXX stub\n  return;\n}', errors: [{ messageId: 'returnsNothing', message: 'nothing' }] },
    { code: 'function f() { throw new RangeError("not implemented: ranges"); }', errors: [N] },
    { code: 'async function f() { throw new Error("Not Implemented"); }', errors: [N] },
    { code: 'function newFeature() { /* implementation */ }', errors: [{ messageId: 'commentOnly', line: 1, column: 23, message: 'implementation' }] },
    { code: 'class A {\n  save(doc: Doc) {\n    // actual implementation\n  }\n}', errors: [{ messageId: 'commentOnly', line: 2 }] },
    { code: 'const f = () => {\n  /* Logic goes here. */\n};', errors: [{ messageId: 'commentOnly' }] },
  ],
});
