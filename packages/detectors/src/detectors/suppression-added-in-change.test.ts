import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import commandInjection from './command-injection.js';
import dynamicCodeExecution from './dynamic-code-execution.js';
import explicitAny from './explicit-any.js';
import suppressionAddedInChange from './suppression-added-in-change.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const A = { messageId: 'added' } as const;
const rules = [dynamicCodeExecution, commandInjection, explicitAny];
const BASE = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const AGENT = 'import { exec } from "node:child_process";\nexport function run(x: string): void {\n  exec("rm -rf " + x);\n  eval(x);\n}\n';

tester.run(suppressionAddedInChange, {
  valid: [
    // A snapshot scan never reports it: only a change knows which lines are new.
    { code: '// readycheck-disable -- reviewed\neval(x);', alongside: rules },
    { code: '// readycheck-disable-next-line dynamic-code-execution -- sandboxed\neval(x);', alongside: rules },
    // The suppression was there before the change: it keeps working.
    { code: '// readycheck-disable -- generated\neval(x);\neval(y);', before: '// readycheck-disable -- generated\neval(x);', alongside: rules },
    { code: '// readycheck-disable-next-line dynamic-code-execution -- sandboxed\neval(x);\nconst a = 1;', before: '// readycheck-disable-next-line dynamic-code-execution -- sandboxed\neval(x);', alongside: rules },
    { code: 'const a = 1;\n// readycheck-disable-next-line dynamic-code-execution -- sandboxed\neval(x);', before: '// readycheck-disable-next-line dynamic-code-execution -- sandboxed\neval(x);', alongside: rules },
    // A new suppression that silences nothing is unused-suppression's business, not this rule's.
    { code: '// readycheck-disable-next-line explicit-any -- legacy\nconst a = 1;', before: null, alongside: rules },
    { code: `${BASE}// readycheck-disable -- reviewed\n`, before: BASE, alongside: rules },
    // The change adds a finding and no suppression.
    { code: `${BASE}${AGENT}`, before: BASE, alongside: rules },
    // Text that only looks like a directive.
    { code: 'const s = "// readycheck-disable -- reviewed";\neval(x);', before: null, alongside: rules },
    { code: 'const t = `/* readycheck-disable */`;\neval(x);', before: null, alongside: rules },
    { code: '// see readycheck-disable in the README\neval(x);', before: null, alongside: rules },
    // A rule that did not run: nothing to silence.
    { code: '// readycheck-disable-next-line dynamic-code-execution -- sandboxed\neval(x);', before: null, alongside: [explicitAny] },
    // An old file-level directive covers the new finding too (decided before this change).
    { code: '// readycheck-disable explicit-any -- generated\nconst a = b as any;\nconst c = d as any;', before: '// readycheck-disable explicit-any -- generated\nconst a = b as any;', alongside: rules },
    { code: 'eval(x); // readycheck-disable-line dynamic-code-execution -- sandboxed\nexport {};', before: 'eval(x); // readycheck-disable-line dynamic-code-execution -- sandboxed\n', alongside: rules },
    { code: BASE, before: `// readycheck-disable -- reviewed\n${BASE}`, alongside: rules },
  ],
  invalid: [
    // The evasion: an agent prepends a file-level suppression to its own change.
    { code: `// readycheck-disable -- reviewed\n${BASE}${AGENT}`, before: BASE, alongside: rules, errors: [{ ...A, line: 1, column: 1, message: '`readycheck-disable -- reviewed` was added by this change and would silence 2 findings (command-injection, dynamic-code-execution)' }] },
    { code: `// readycheck-disable -- reviewed\n${AGENT}`, before: null, alongside: rules, errors: [A] },
    { code: '// readycheck-disable-next-line dynamic-code-execution -- sandboxed\neval(x);', before: null, alongside: rules, errors: [{ ...A, line: 1, message: 'silence 1 finding (dynamic-code-execution)' }] },
    { code: 'const a = 1;\neval(x); // readycheck-disable-line -- fine', before: 'const a = 1;\n', alongside: rules, errors: [{ ...A, line: 2, column: 10 }] },
    { code: '/* readycheck-disable dynamic-code-execution -- trust me */\neval(x);', before: null, alongside: rules, errors: [A] },
    { code: '/**\n * readycheck-disable -- block form over\n * several lines\n */\neval(x);', before: null, alongside: rules, errors: [{ ...A, line: 1, endLine: 4 }] },
    // Editing an old directive to cover more rules makes it new.
    { code: '// readycheck-disable-next-line explicit-any, dynamic-code-execution -- legacy\nconst a = eval(b as any);', before: '// readycheck-disable-next-line explicit-any -- legacy\nconst a = b as any;', alongside: rules, errors: [A] },
    // A new directive that silences an old finding still needs approval.
    { code: '// readycheck-disable-next-line explicit-any -- later\nconst a = b as any;', before: 'const a = b as any;', alongside: rules, errors: [A] },
    { code: `${BASE}// readycheck-disable-next-line dynamic-code-execution -- ok\neval(x);\n`, before: BASE, alongside: rules, errors: [{ ...A, line: 4 }] },
    { code: 'eval(a);\n// readycheck-disable-next-line -- all rules\neval(b);', before: 'eval(a);\n', alongside: rules, errors: [{ ...A, line: 2 }] },
    { code: '// readycheck-disable -- one\n// readycheck-disable -- two\neval(x);', before: null, alongside: rules, errors: [{ ...A, line: 1 }, { ...A, line: 2 }] },
    { code: 'const f = () => {\n  // readycheck-disable-next-line dynamic-code-execution -- indented\n  return eval(x);\n};', before: null, alongside: rules, errors: [{ ...A, line: 2, column: 3 }] },
    { code: 'const el = <div>{/* readycheck-disable-next-line dynamic-code-execution -- jsx */}\n{eval(x)}</div>;', before: null, alongside: rules, errors: [A] },
    { code: '// readycheck-disable command-injection -- vetted\nimport { exec } from "node:child_process";\nexec("rm -rf " + x);', before: 'import { exec } from "node:child_process";\n', alongside: rules, errors: [{ ...A, message: 'silence 1 finding (command-injection)' }] },
    { code: '// readycheck-disable explicit-any\nconst a = b as any;\nconst c = d as any;', before: 'const z = 1;\n', alongside: rules, errors: [{ ...A, message: 'silence 2 findings (explicit-any)' }] },
  ],
});
