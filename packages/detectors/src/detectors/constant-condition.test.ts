import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import constantCondition from './constant-condition.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const C = { messageId: 'constant' } as const;

tester.run(constantCondition, {
  valid: [
    'if (x) go();',
    'while (true) { if (done()) break; }',
    'do { step(); } while (true);',
    'for (;;) { break; }',
    'for (; true; ) { break; }',
    'const v = a ? 1 : 2;',
    'if (x || y) go();',
    'if (DEBUG && x) go();',
    'if (typeof window !== "undefined") go();',
    'const s = "if (true) {}";',
    'const t = `if (false)`;',
    '// if (false) debug();\nexport {};',
    'if (x === 1) go();',
    'if (!x) go();',
    'if (a ?? b) go();',
    'const f = () => (flag ? 1 : 0);',
  ],
  invalid: [
    { code: 'if (false) { sendEmail(user); }', errors: [{ ...C, line: 1, column: 5, message: 'always falsy' }] },
    { code: 'if (true) go();', errors: [{ ...C, message: 'always truthy' }] },
    { code: 'if (0) go();', errors: [C] },
    { code: 'if (1) go();', errors: [C] },
    { code: 'if ("yes") go();', errors: [C] },
    { code: 'if ("") go();', errors: [{ ...C, message: 'falsy' }] },
    { code: 'if ([]) go();', errors: [C] },
    { code: 'if ({}) go();', errors: [C] },
    { code: 'if (() => ready) go();', errors: [C] },
    { code: 'const mode = "prod" ? live : test;', errors: [C] },
    { code: 'while (0) go();', errors: [C] },
    { code: 'do { go(); } while (false);', errors: [C] },
    { code: 'if (x || true) go();', errors: [{ ...C, message: 'truthy' }] },
    { code: 'if (false && x) go();', errors: [C] },
    { code: 'if (!true) go();', errors: [C] },
    { code: 'if (undefined) go();', errors: [C] },
    { code: 'if (null) go();', errors: [C] },
    { code: 'if (typeof x) go();', errors: [C] },
    { code: 'for (; 1; ) { break; }', errors: [C] },
  ],
});
