import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';
import { isBuiltString, isStaticString, unwrap } from '../ast-util.js';
import { describeSource, gradeOf, ValueSources, type SourceVerdict, type ValueSource } from '../value-source.js';
import type { Confidence, Severity } from '../types.js';

const ORDER: readonly ValueSource[] = ['constant', 'unknown', 'environment', 'parameter', 'external'];
// A constant string compiled as code (`new Function("a", "return a * 2")`, `setTimeout("x()")`) is
// still code in a string (CSP, readability), but nothing outside can change it.
const CONSTANT_GRADE: { severity: Severity; confidence: Confidence } = { severity: 'low', confidence: 'high' };

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
    eslint:
      'Covers no-eval, no-new-func and no-implied-eval (string literals and built strings as the timer callback), and reports as many. Each finding is graded by where the code string comes from, as sql-injection and command-injection are: request data or `process.argv` critical (high confidence), a function parameter high, `process.env` or a value the file does not explain medium, a constant string low.',
    precision: NOT_FIRED,
  },
  messages: {
    eval: '`eval` runs a string built from {source} as code.',
    newFunction: '`{how}` compiles a string built from {source} into code.',
    stringTimer: '`{name}` with a string argument built from {source} evaluates it as code.',
  },
  suggestions: {
    eval: 'Parse data with JSON.parse, or call the function you need directly.',
    newFunction: 'Write the function in source instead of compiling it from a string.',
    stringTimer: 'Pass a function: setTimeout(() => refresh(), ms).',
  },
  check: (ctx) => {
    let sources: ValueSources | undefined;
    // Graded like sql-injection and command-injection, by where the code string comes from (read
    // in this file): critical only when it can come from outside the process.
    const judge = (args: readonly TS.Expression[]): { source: string; grade: { severity: Severity; confidence: Confidence } } => {
      sources ??= new ValueSources(ctx.sourceFile);
      let v: SourceVerdict = { source: 'constant', text: '' };
      for (const a of args) {
        const w = sources.ofParts(a);
        if (ORDER.indexOf(w.source) > ORDER.indexOf(v.source)) v = w;
      }
      return { source: describeSource(v), grade: gradeOf(v.source) ?? CONSTANT_GRADE };
    };
    return {
      CallExpression(node) {
        const name = globalName(node.expression);
        if (name === 'eval') {
          const { source, grade } = judge(node.arguments.slice(0, 1));
          ctx.report(node, 'eval', { source }, grade);
        } else if (name === 'Function') {
          const { source, grade } = judge(node.arguments);
          ctx.report(node, 'newFunction', { how: 'Function(...)', source }, grade);
        } else if (TIMERS.has(name)) {
          const first = node.arguments[0];
          if (first && (isStaticString(unwrap(first)) || isBuiltString(first))) {
            const { source, grade } = judge([first]);
            ctx.report(node, 'stringTimer', { name, source }, grade);
          }
        }
      },
      NewExpression(node) {
        if (globalName(node.expression) !== 'Function') return;
        const { source, grade } = judge(node.arguments ?? []);
        ctx.report(node, 'newFunction', { how: 'new Function(...)', source }, grade);
      },
    };
  },
});
