import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import duplicateCondition from './duplicate-condition.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const E = { messageId: 'elseIf' } as const;
const C = { messageId: 'case' } as const;

tester.run(duplicateCondition, {
  valid: [
    'if (a) x(); else if (b) y();',
    'if (a) x(); else if (b) y(); else z();',
    'if (a) x();\nif (a) y();',
    'if (a) { if (a) y(); }',
    'switch (k) { case 1: break; case 2: break; }',
    'switch (k) { case "a": break; default: break; }',
    'switch (k) { case a: { switch (j) { case a: break; } } }',
    'const s = "if (a) {} else if (a) {}";',
    'const t = `case 1: case 1:`;',
    '// else if (a)\nexport {};',
    'if (a === 1) x(); else if (a === 2) y();',
    'if (f()) x(); else { if (f()) y(); }',
    'switch (k) { case "1": break; case 1: break; }',
    'if (a) x(); else if (!a) y();',
    'switch (k) { case A.b: break; case A.c: break; }',
  ],
  invalid: [
    { code: 'if (status === 401) login();\nelse if (status === 401) refresh();', errors: [{ ...E, line: 2, column: 10, message: 'line 1' }] },
    { code: 'if (a) x(); else if (b) y(); else if (a) z();', errors: [E] },
    { code: 'if (a) x(); else if (a) y(); else if (a) z();', errors: [E, E] },
    { code: 'if (a&&b) x(); else if (a && b) y();', errors: [E] },
    { code: 'if (a /* first */) x(); else if (a) y();', errors: [E] },
    { code: 'if (isReady()) x(); else if (isReady()) y();', errors: [E] },
    { code: 'if (a.b) x();\nelse if (c) y();\nelse if (a.b) z();', errors: [{ ...E, line: 3 }] },
    { code: 'function f() { if (x > 1) return 1; else if (x > 1) return 2; return 3; }', errors: [E] },
    { code: 'switch (kind) { case "a": x(); break; case "a": y(); }', errors: [{ ...C, message: '"a"' }] },
    { code: 'switch (k) { case 1: case 2: case 1: break; }', errors: [C] },
    { code: 'switch (k) { case A.b: break; case A.b: break; }', errors: [C] },
    { code: 'switch (k) {\n  case x:\n    break;\n  case x:\n    break;\n}', errors: [{ ...C, line: 4, message: 'line 2' }] },
    { code: 'switch (k) { case 1: break; case 1: break; case 1: break; }', errors: [C, C] },
    { code: 'switch (k) { case `t`: break; default: break; case `t`: break; }', errors: [C] },
    { code: 'if (a) {} else if (b) {} else if (b) {}\nswitch (k) { case 0: case 0: }', errors: [E, C] },
  ],
});
