import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import assignmentInCondition from './assignment-in-condition.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });
const A = { messageId: 'assignment' } as const;

tester.run(assignmentInCondition, {
  valid: [
    'if (a === b) go();',
    'if (a == b) go();',
    'while ((m = re.exec(s))) use(m);',
    'if ((x = next())) use(x);',
    'do { step(); } while ((node = node.parent));',
    'for (let i = 0; i < n; i++) use(i);',
    'for (;;) { break; }',
    'const s = "if (a = b) {}";',
    'const t = `while (x = y)`;',
    '// if (a = b)\nexport {};',
    'const r = /if \\(a = b\\)/;',
    'if (a <= b) go();',
    'if (a >= b) go();',
    'if (fn((x = 1))) go();',
    'const c = (a = b) ? 1 : 2;',
    'if (a !== b && c === d) go();',
  ],
  invalid: [
    { code: 'if (user.role = "admin") grant();', errors: [{ ...A, line: 1, column: 5, endColumn: 24 }] },
    { code: 'if (a = b) {}', errors: [A] },
    { code: 'while (node = node.next) visit(node);', errors: [A] },
    { code: 'do { x++; } while (x = 10);', errors: [A] },
    { code: 'for (let i = 0; i = 10; i++) {}', errors: [A] },
    { code: 'if (a += 1) go();', errors: [A] },
    { code: 'if (a -= 1) go();', errors: [A] },
    { code: 'if (a ||= b) go();', errors: [A] },
    { code: 'if (a &&= b) go();', errors: [A] },
    { code: 'if (a ??= b) go();', errors: [A] },
    { code: 'if (x) {} else if (y = 2) {}', errors: [{ ...A, column: 20 }] },
    { code: 'function f() {\n  if (this.ready = true) start();\n}', errors: [{ ...A, line: 2 }] },
    { code: 'while (a = b) { while (c = d) {} }', errors: [A, A] },
    { code: 'if (obj[key] = value) save();', errors: [A] },
    { code: 'if (a *= 2) go();', errors: [A] },
    { code: 'if (count = items.length) show(count);', errors: [{ ...A, message: 'count = items.length' }] },
  ],
});
