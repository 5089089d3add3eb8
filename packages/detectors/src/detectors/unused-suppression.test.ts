import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import emptyCatch from './empty-catch.js';
import explicitAny from './explicit-any.js';
import unusedSuppression from './unused-suppression.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const U = { messageId: 'unused' } as const;
const both = [explicitAny, emptyCatch];

tester.run(unusedSuppression, {
  valid: [
    { code: '// readycheck-disable-next-line explicit-any -- legacy\nconst a = b as any;', alongside: both },
    { code: 'const a = b as any; // readycheck-disable-line explicit-any -- legacy', alongside: both },
    { code: '// readycheck-disable explicit-any -- generated\nconst a = b as any;', alongside: both },
    { code: '// readycheck-disable -- fixture\nconst a = b as any;', alongside: both },
    { code: '// readycheck-disable-next-line -- fixture\ntry { a(); } catch {}', alongside: both },
    { code: '// readycheck-disable-next-line explicit-any, empty-catch -- both\ntry { a(); } catch {} const c = d as any;', alongside: both },
    { code: '// readycheck-disable-next-line empty-catch -- x\ntry { a(); } catch {}', alongside: both },
    { code: '// readycheck-disable-next-line no-such-rule -- a rule that did not run is not judged\nconst a = 1;', alongside: both },
    { code: '// readycheck-disable-next-line hardcoded-secret -- not running here\nconst a = 1;', alongside: both },
    { code: '// readycheck-disable-next-line explicit-any -- not running in this case\nconst a = 1;' },
    { code: 'const s = "// readycheck-disable-next-line explicit-any -- x";', alongside: both },
    { code: '// see readycheck-disable in the README\nexport {};', alongside: both },
    { code: '// readycheck-disable explicit-any -- one use is enough\nconst a = b as any;\nconst c = 1;', alongside: both },
    { code: '/* readycheck-disable-next-line explicit-any -- block form */\nconst a = b as any;', alongside: both },
    { code: 'export {};', alongside: both },
    { code: '// readycheck-disable-next-line unused-suppression -- a directive about this rule is not judged\nexport {};', alongside: both },
  ],
  invalid: [
    { code: '// readycheck-disable-next-line explicit-any -- legacy\nconst a = 1;', alongside: both, errors: [{ ...U, line: 1, column: 1, message: 'readycheck-disable-next-line explicit-any -- legacy' }] },
    { code: '// readycheck-disable explicit-any -- generated\nconst a = 1;', alongside: both, errors: [U] },
    { code: 'const a = 1; // readycheck-disable-line explicit-any -- x', alongside: both, errors: [U] },
    { code: '// readycheck-disable -- fixture\nconst a = 1;', alongside: both, errors: [U] },
    { code: '// readycheck-disable-next-line -- fixture\nconst a = 1;', errors: [U] },
    { code: '// readycheck-disable-next-line explicit-any -- one line too early\n\nconst a = b as any;', alongside: both, errors: [U] },
    { code: '// readycheck-disable-next-line empty-catch -- wrong rule\nconst a = b as any;', alongside: both, errors: [U] },
    { code: '// readycheck-disable-next-line explicit-any\nconst a = 1;', alongside: both, errors: [U] },
    { code: '/* readycheck-disable-next-line empty-catch -- x */\ntry { a(); } catch (e) { log(e); }', alongside: both, errors: [U] },
    { code: '// readycheck-disable-next-line explicit-any, empty-catch -- both\nconst a = 1;', alongside: both, errors: [U] },
    { code: 'function f() {\n  // readycheck-disable-next-line explicit-any -- x\n  return 1;\n}', alongside: both, errors: [{ ...U, line: 2, column: 3 }] },
    { code: '// readycheck-disable explicit-any -- a\n// readycheck-disable empty-catch -- b\nexport {};', alongside: both, errors: [U, U] },
    { code: 'const s = "x as any"; // readycheck-disable-line explicit-any -- strings are not code', alongside: both, errors: [U] },
    { code: '// readycheck-disable-line explicit-any -- on its own line\nconst a = b as any;', alongside: both, errors: [U] },
    { code: 'const el = <div>{/* readycheck-disable-next-line explicit-any -- x */}</div>;', alongside: both, errors: [U] },
  ],
});
