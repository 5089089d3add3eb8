import { describe, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import dynamicCodeExecution from './dynamic-code-execution.js';

const tester = new RuleTester({ describe, it, minValid: 15, minInvalid: 15 });

tester.run(dynamicCodeExecution, {
  valid: [
    'const config = JSON.parse(text);',
    'setTimeout(refresh, 1000);',
    'setTimeout(() => refresh(), 1000);',
    'setInterval(tick, 50);',
    'const s = "eval(x)";',
    'const t = `new Function("return 1")`;',
    '// eval(code)\nexport {};',
    'const r = /eval\\(/;',
    'obj.eval(x);',
    'const evaluate = (x: number) => x;',
    'evaluate(x);',
    'const fn: Function = f;',
    'class Function2 {}\nnew Function2();',
    'window.setTimeout(handler, 10);',
    'medieval(x);',
    'setTimeout(fnFromMap[name], 0);',
  ],
  invalid: [
    { code: 'const config = eval("(" + text + ")");', errors: [{ messageId: 'eval', column: 16 }] },
    { code: 'eval(code);', errors: [{ messageId: 'eval' }] },
    { code: 'window.eval(code);', errors: [{ messageId: 'eval' }] },
    { code: 'globalThis["eval"](code);', errors: [{ messageId: 'eval' }] },
    { code: '(eval)(code);', errors: [{ messageId: 'eval' }] },
    { code: 'const f = new Function("a", "return a * 2");', errors: [{ messageId: 'newFunction', message: 'new Function' }] },
    { code: 'const f = Function("return this")();', errors: [{ messageId: 'newFunction', message: 'Function(...)' }] },
    { code: 'const f = new window.Function(body);', errors: [{ messageId: 'newFunction' }] },
    { code: 'setTimeout("refresh()", 1000);', errors: [{ messageId: 'stringTimer', message: 'setTimeout' }] },
    { code: 'setInterval(`poll(${id})`, 500);', errors: [{ messageId: 'stringTimer', message: 'setInterval' }] },
    { code: 'setTimeout("go(" + id + ")", 10);', errors: [{ messageId: 'stringTimer' }] },
    { code: 'window.setTimeout("x()", 0);', errors: [{ messageId: 'stringTimer' }] },
    { code: 'setImmediate("x()");', errors: [{ messageId: 'stringTimer' }] },
    { code: 'function run(src: string) {\n  return eval(src);\n}', errors: [{ messageId: 'eval', line: 2 }] },
    { code: 'eval(a); eval(b);', errors: [{ messageId: 'eval' }, { messageId: 'eval' }] },
    { code: 'globalThis.eval(code);', errors: [{ messageId: 'eval' }] },
  ],
});
