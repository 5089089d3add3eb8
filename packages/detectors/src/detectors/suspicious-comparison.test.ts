import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import suspiciousComparison from './suspicious-comparison.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });

tester.run(suspiciousComparison, {
  valid: [
    'if (a === b) go();',
    'if (Number.isNaN(x)) go();',
    'if (typeof x === "string") go();',
    'if (typeof x === "bigint") go();',
    'if (typeof x === typeof y) go();',
    'if (f() === f()) go();',
    'if (rand() !== rand()) go();',
    'const s = "x === x";',
    'const t = `a === NaN`;',
    '// if (x !== x)\nexport {};',
    'if (1 === 1) go();',
    'const nan = NaN;',
    'if (a.b === a.c) go();',
    'if (typeof x === t) go();',
    'if (x.NaN === 1) go();',
    'switch (x) { case 1: break; }',
  ],
  invalid: [
    { code: 'if (price !== price) reset();', errors: [{ messageId: 'selfCompare', line: 1, column: 5, message: 'price' }] },
    { code: 'if (a === a) go();', errors: [{ messageId: 'selfCompare' }] },
    { code: 'if (this.x == this.x) go();', errors: [{ messageId: 'selfCompare' }] },
    { code: 'if (a.b.c < a.b.c) go();', errors: [{ messageId: 'selfCompare' }] },
    { code: 'if (arr[0] >= arr[0]) go();', errors: [{ messageId: 'selfCompare' }] },
    { code: 'if ((a) === a) go();', errors: [{ messageId: 'selfCompare' }] },
    { code: 'if (total === NaN) fail();', errors: [{ messageId: 'nan', message: 'always false' }] },
    { code: 'if (total !== NaN) go();', errors: [{ messageId: 'nan', message: 'always true' }] },
    { code: 'if (NaN == x) go();', errors: [{ messageId: 'nan' }] },
    { code: 'if (x < Number.NaN) go();', errors: [{ messageId: 'nan' }] },
    { code: 'switch (x) { case NaN: break; }', errors: [{ messageId: 'nanCase' }] },
    { code: 'if (typeof items === "array") each(items);', errors: [{ messageId: 'typeof', column: 22, message: 'array' }] },
    { code: 'if ("strnig" === typeof x) go();', errors: [{ messageId: 'typeof' }] },
    { code: 'if (typeof x !== "null") go();', errors: [{ messageId: 'typeof' }] },
    { code: 'if (typeof x == `undefiend`) go();', errors: [{ messageId: 'typeof' }] },
    { code: 'const ok = typeof f === "func" && a === a;', errors: [{ messageId: 'typeof' }, { messageId: 'selfCompare' }] },
  ],
});
