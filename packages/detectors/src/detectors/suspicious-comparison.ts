import ts, { kindSet } from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';
import { unwrap } from '../ast-util.js';

const VALID_TYPEOF = new Set(['undefined', 'object', 'boolean', 'number', 'string', 'function', 'symbol', 'bigint']);
// Built on first use (kindSet): module scope must not read `ts.*`, TypeScript loads lazily.
const equalityKinds = kindSet(() => [
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);
const comparisonKinds = kindSet(() => [
  ...equalityKinds(),
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);

function isNaNRef(node: TS.Expression): boolean {
  const e = unwrap(node);
  if (ts.isIdentifier(e)) return e.text === 'NaN';
  return ts.isPropertyAccessExpression(e) && e.name.text === 'NaN' && ts.isIdentifier(e.expression) && e.expression.text === 'Number';
}

// A side effect-free reference whose two mentions must be the same value.
// A work list, not recursion: every part of an access chain of any length must be stable.
function isStable(node: TS.Expression): boolean {
  const work: TS.Expression[] = [node];
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    const e = unwrap(next);
    if (ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword) continue;
    if (ts.isPropertyAccessExpression(e)) work.push(e.expression);
    else if (ts.isElementAccessExpression(e)) {
      work.push(e.expression);
      if (!ts.isLiteralExpression(e.argumentExpression)) work.push(e.argumentExpression);
    } else if (!ts.isLiteralExpression(e)) return false;
  }
  return true;
}

export default defineDetector({
  id: 'suspicious-comparison',
  category: 'LOGIC_ERROR',
  severity: 'medium',
  docs: {
    description: 'A comparison that cannot mean what it says: a value compared with itself, a comparison with `NaN`, or `typeof x` compared with a string `typeof` never returns.',
    why: '`x === x` is always true (except for NaN), `x === NaN` always false, and `typeof x === "array"` never true: the branch it guards never or always runs, usually a typo for another variable or check.',
    bad: 'if (price !== price) reset();\nif (total === NaN) fail();\nif (typeof items === "array") each(items);',
    good: 'if (price !== expected) reset();\nif (Number.isNaN(total)) fail();\nif (Array.isArray(items)) each(items);',
    eslint: 'Covers no-self-compare (limited to side-effect-free operands: `f() === f()` is not reported), use-isnan (binary comparisons and `case NaN`) and valid-typeof.',
    precision: NOT_FIRED,
  },
  messages: {
    selfCompare: 'Comparing `{text}` with itself.',
    nan: 'Comparison with NaN is always {result}.',
    nanCase: '`case NaN` never matches.',
    typeof: '`typeof` never returns "{value}".',
  },
  suggestions: {
    selfCompare: 'Compare with the value you meant; to test for NaN use Number.isNaN().',
    nan: 'Use Number.isNaN(value).',
    nanCase: 'Test Number.isNaN() before the switch.',
    typeof: `Compare with one of: ${[...VALID_TYPEOF].join(', ')} (for arrays use Array.isArray()).`,
  },
  check: (ctx) => ({
    BinaryExpression(node) {
      const op = node.operatorToken.kind;
      if (!comparisonKinds().has(op)) return;
      if (isNaNRef(node.left) || isNaNRef(node.right)) {
        const negated = op === ts.SyntaxKind.ExclamationEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
        ctx.report(node, 'nan', { result: negated ? 'true' : 'false' });
        return;
      }
      if (equalityKinds().has(op)) {
        const l = unwrap(node.left);
        const r = unwrap(node.right);
        const typeofSide = ts.isTypeOfExpression(l) ? r : ts.isTypeOfExpression(r) ? l : undefined;
        if (typeofSide && ts.isStringLiteralLike(typeofSide) && !VALID_TYPEOF.has(typeofSide.text)) {
          ctx.report(typeofSide, 'typeof', { value: typeofSide.text });
          return;
        }
      }
      if (isStable(node.left) && isStable(node.right) && !ts.isLiteralExpression(unwrap(node.left))) {
        const l = ctx.getText(unwrap(node.left)).replace(/\s+/g, '');
        if (l === ctx.getText(unwrap(node.right)).replace(/\s+/g, '')) ctx.report(node, 'selfCompare', { text: ctx.getText(unwrap(node.left)) });
      }
    },
    CaseClause(node) {
      if (isNaNRef(node.expression)) ctx.report(node.expression, 'nanCase');
    },
  }),
});
