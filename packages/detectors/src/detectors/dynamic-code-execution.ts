import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { isBuiltString, isStaticString, unwrap } from '../ast-util.js';
import { describeSource, ValueSources, type SourceVerdict, type ValueSource } from '../value-source.js';
import type { ReportExtra } from '../types.js';

const ORDER: readonly ValueSource[] = ['constant', 'unknown', 'environment', 'parameter', 'external'];
// A constant string compiled as code (`new Function("a", "return a * 2")`, `setTimeout("x()")`) is
// still code in a string (CSP, readability), but nothing outside the source can change it: low.
// Any other source keeps the rule's critical severity.
const CONSTANT_GRADE: ReportExtra = { severity: 'low', confidence: 'high' };

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
      'Covers no-eval, no-new-func and no-implied-eval (string literals and built strings as the timer callback), and reports as many. A code string built only from constants (read in the same file, as the injection rules do) is reported at low severity: still code in a string, but nothing outside the source can change it. Any other source stays critical, and the message names it (request data, a parameter, the environment, a value of unknown origin).',
    precision: 'critical: 4/4 on the nine labelled corpora (NodeGoat\'s `eval(req.body.preTax)` and its two siblings, juice-shop\'s `eval` of the username the user sets); low: 0/2 (constant code strings: a `new Function` wrapper hiding import() from tsc, a captcha sum of random digits). Before constant strings were graded low, both were critical (critical precision 4/6).',
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
    // Where the code string comes from (read in this file, as the injection rules do): a
    // constant is low, anything else stays critical; the message names the source.
    const judge = (args: readonly TS.Expression[]): { source: string; grade: ReportExtra | undefined } => {
      sources ??= new ValueSources(ctx.sourceFile);
      let v: SourceVerdict = { source: 'constant', text: '' };
      for (const a of args) {
        const w = sources.ofParts(a);
        if (ORDER.indexOf(w.source) > ORDER.indexOf(v.source)) v = w;
      }
      return { source: describeSource(v), grade: v.source === 'constant' ? CONSTANT_GRADE : undefined };
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
