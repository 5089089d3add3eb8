import { describe, expect, it } from 'vitest';
import { scanSource } from '../scan.js';
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

describe('dynamic-code-execution grading (a constant code string is low)', () => {
  const grade = (code: string) => scanSource(code, 'a.ts', { rules: ['dynamic-code-execution'] }).map((v) => [v.severity, v.confidence ?? 'high']);

  it('stays critical for request data, a parameter or a value the file does not explain, and names the source', () => {
    // OWASP/NodeGoat@c5cb68a (Apache-2.0), app/routes/contributions.js
    const [found] = scanSource('function handle(req, res) {\n  const preTax = eval(req.body.preTax);\n}', 'a.js', { rules: ['dynamic-code-execution'] });
    expect(found?.severity).toBe('critical');
    expect(found?.message).toBe('`eval` runs a string built from input from outside the process (`req.body.preTax`) as code.');
    expect(grade('export function run(src: string) {\n  return eval(src);\n}')).toEqual([['critical', 'high']]);
    expect(grade('import { code } from "./c";\neval(code);')).toEqual([['critical', 'high']]);
  });

  it('is low for a string built only from constants', () => {
    // juice-shop/juice-shop@33518f5 (MIT), lib/xml.ts: hides import() from tsc's CommonJS transform.
    expect(grade("const dynamicImport = new Function('specifier', 'return import(specifier)');")).toEqual([['low', 'high']]);
    expect(grade('setTimeout("refresh()", 1000);')).toEqual([['low', 'high']]);
    // juice-shop/juice-shop@33518f5 (MIT), routes/captcha.ts: random digits and a fixed operator list.
    const captcha = [
      "const operators = ['*', '+', '-']",
      'const firstTerm = Math.floor((Math.random() * 10) + 1)',
      'const secondTerm = Math.floor((Math.random() * 10) + 1)',
      'const thirdTerm = Math.floor((Math.random() * 10) + 1)',
      'const firstOperator = operators[Math.floor((Math.random() * 3))]',
      'const secondOperator = operators[Math.floor((Math.random() * 3))]',
      'const expression = firstTerm.toString() + firstOperator + secondTerm.toString() + secondOperator + thirdTerm.toString()',
      'const answer = eval(expression).toString()',
    ].join('\n');
    expect(grade(captcha)).toEqual([['low', 'high']]);
  });
});
