import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import unreachableCode from './unreachable-code.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const U = { messageId: 'unreachable' } as const;

tester.run(unreachableCode, {
  valid: [
    'function f() { if (x) return; go(); }',
    'function f() { return g(); function g() { return 1; } }',
    'function f() { return 1; interface I {} type T = 1; }',
    'function f() { return; var x; }',
    'for (const x of xs) { if (x) continue; use(x); }',
    'switch (k) { case 1: go(); break; case 2: stop(); }',
    'function f() { try { return 1; } finally { done(); } }',
    'const s = "return; go();";',
    'const t = `throw e; x()`;',
    '// return; go();\nexport {};',
    'function f() { if (a) { return 1; } else { go(); } go(); }',
    'function f() { while (x) { break; } go(); }',
    'label: { if (a) break label; go(); }',
    'function f() { return; ; }',
    'function f() { throw new Error("x"); }',
  ],
  invalid: [
    { code: 'function save(doc) {\n  return;\n  db.write(doc);\n}', errors: [{ ...U, line: 3, column: 3, message: 'after `return` on line 2' }] },
    { code: 'function f() { throw new Error("x"); cleanup(); }', errors: [{ ...U, message: '`throw`' }] },
    { code: 'for (const x of xs) { continue; use(x); }', errors: [{ ...U, message: '`continue`' }] },
    { code: 'while (a) { break; b(); }', errors: [{ ...U, message: '`break`' }] },
    { code: 'switch (k) { case 1: return 1; go(); }', errors: [U] },
    { code: 'switch (k) { default: break; go(); }', errors: [U] },
    { code: 'function f() { return 1;\n  a();\n  b();\n}', errors: [{ ...U, line: 2, endLine: 3 }] },
    { code: 'function f() { if (a) { return 1; } else { return 2; } go(); }', errors: [{ ...U, message: 'if/else' }] },
    { code: 'function f() { { return; } go(); }', errors: [U] },
    { code: 'function f() { return; let x = 1; }', errors: [U] },
    { code: 'function f() { return; var y = 2; }', errors: [U] },
    { code: 'function f() { return; class A {} }', errors: [U] },
    { code: 'const f = () => { return 1; console.log("done"); };', errors: [U] },
    { code: 'namespace N { throw new Error("x"); go(); }', errors: [U] },
    { code: 'function f() { return; if (x) go(); }', errors: [U] },
    { code: 'function f() { return; function g() {} go(); }', errors: [U] },
  ],
});
