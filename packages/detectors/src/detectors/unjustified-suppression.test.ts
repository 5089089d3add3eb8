import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import unjustifiedSuppression from './unjustified-suppression.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const R = { messageId: 'missingReason' } as const;

tester.run(unjustifiedSuppression, {
  valid: [
    '// readycheck-disable-next-line explicit-any -- the SDK types it as any\nconst a = 1;',
    '// readycheck-disable explicit-any -- generated file\nexport {};',
    '// readycheck-disable-line explicit-any -- legacy\nexport {};',
    '/* readycheck-disable-next-line empty-catch -- best effort cleanup */\nexport {};',
    '// readycheck-disable-next-line a, b -- both are known\nexport {};',
    'const s = "// readycheck-disable-next-line explicit-any";',
    'const t = `readycheck-disable`;',
    '// use readycheck-disable-next-line to silence a rule\nexport {};',
    '// eslint-disable-next-line no-console\nconsole.log(1);',
    '// readycheck-disabled is not a directive\nexport {};',
    '// readycheck-disable-next-line -- everything: fixture file\nexport {};',
    '/**\n * See the README for readycheck-disable-next-line.\n */\nexport {};',
    '// readycheck-disable explicit-any --   spaced reason  \nexport {};',
    'const r = /readycheck-disable/;',
    '// readycheck-disable-next-line x -- r\nexport {};',
  ],
  invalid: [
    { code: '// readycheck-disable-next-line explicit-any\nconst raw = body as any;', errors: [{ ...R, line: 1, column: 1, message: 'readycheck-disable-next-line explicit-any' }] },
    { code: '// readycheck-disable explicit-any\nexport {};', errors: [R] },
    { code: '// readycheck-disable\nexport {};', errors: [R] },
    { code: '// readycheck-disable-line empty-catch\nexport {};', errors: [R] },
    { code: '/* readycheck-disable-next-line empty-catch */\nexport {};', errors: [R] },
    { code: '// readycheck-disable-next-line explicit-any --\nexport {};', errors: [R] },
    { code: '// readycheck-disable-next-line explicit-any --   \nexport {};', errors: [R] },
    { code: '// readycheck-disable-next-line a, b\nexport {};', errors: [R] },
    { code: 'function f() {\n  // readycheck-disable-next-line empty-catch\n  try { a(); } catch {}\n}', errors: [{ ...R, line: 2 }] },
    { code: 'const a = 1; // readycheck-disable-line explicit-any', errors: [R] },
    { code: '// readycheck-disable-next-line explicit-any-reason\nexport {};', errors: [R] },
    { code: '// readycheck-disable-next-line x--y\nexport {};', errors: [R] },
    { code: '//readycheck-disable-next-line explicit-any\nexport {};', errors: [R] },
    { code: '// readycheck-disable a\n// readycheck-disable b\nexport {};', errors: [R, R] },
    { code: 'const el = <div>{/* readycheck-disable-next-line explicit-any */}</div>;', errors: [R] },
  ],
});
