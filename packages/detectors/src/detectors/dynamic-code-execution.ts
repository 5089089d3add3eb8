import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';
import { isBuiltString, isStaticString, unwrap } from '../ast-util.js';

const GLOBALS = new Set(['window', 'globalThis', 'global', 'self']);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'execScript']);

// `eval`, `window.eval`, `globalThis["eval"]` → 'eval'; anything else → the plain identifier or ''.
function globalName(expr: TS.Expression): string {
  const e = unwrap(expr);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && GLOBALS.has(e.expression.text)) return e.name.text;
  if (ts.isElementAccessExpression(e) && ts.isIdentifier(e.expression) && GLOBALS.has(e.expression.text) && ts.isStringLiteralLike(e.argumentExpression)) {
    return e.argumentExpression.text;
  }
  return '';
}

export default defineDetector({
  id: 'dynamic-code-execution',
  category: 'SECURITY_RISK',
  severity: 'critical',
  docs: {
    description: '`eval`, `new Function`, and `setTimeout`/`setInterval` with a string of code.',
    why: 'Running a string as code turns any data that reaches it into code execution. Agents reach for `eval` to parse "JSON-ish" input or build handlers dynamically.',
    bad: 'const config = eval("(" + text + ")");\nsetTimeout("refresh()", 1000);',
    good: 'const config = JSON.parse(text);\nsetTimeout(refresh, 1000);',
    eslint: 'Covers no-eval, no-new-func and no-implied-eval (string literals and built strings as the timer callback).',
    precision: NOT_FIRED,
  },
  messages: {
    eval: '`eval` runs a string as code.',
    newFunction: '`{how}` compiles a string into code.',
    stringTimer: '`{name}` with a string argument evaluates it as code.',
  },
  suggestions: {
    eval: 'Parse data with JSON.parse, or call the function you need directly.',
    newFunction: 'Write the function in source instead of compiling it from a string.',
    stringTimer: 'Pass a function: setTimeout(() => refresh(), ms).',
  },
  check: (ctx) => ({
    CallExpression(node) {
      const name = globalName(node.expression);
      if (name === 'eval') ctx.report(node, 'eval');
      else if (name === 'Function') ctx.report(node, 'newFunction', { how: 'Function(...)' });
      else if (TIMERS.has(name)) {
        const first = node.arguments[0];
        if (first && (isStaticString(unwrap(first)) || isBuiltString(first))) ctx.report(node, 'stringTimer', { name });
      }
    },
    NewExpression(node) {
      if (globalName(node.expression) === 'Function') ctx.report(node, 'newFunction', { how: 'new Function(...)' });
    },
  }),
});
