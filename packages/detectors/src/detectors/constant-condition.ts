import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';
import { unwrap } from '../ast-util.js';

// The truthiness of an expression that is not `!`, `||` or `&&`: fixed, or undefined when it depends on run time.
function leafTruthiness(e: TS.Expression): boolean | undefined {
  switch (e.kind) {
    case ts.SyntaxKind.TrueKeyword:
      return true;
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return false;
    case ts.SyntaxKind.NumericLiteral:
      return Number((e as TS.NumericLiteral).text) !== 0;
    case ts.SyntaxKind.BigIntLiteral:
      return (e as TS.BigIntLiteral).text.replace(/n$/, '') !== '0';
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return (e as TS.StringLiteralLike).text !== '';
    case ts.SyntaxKind.ObjectLiteralExpression:
    case ts.SyntaxKind.ArrayLiteralExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ClassExpression:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.NewExpression:
      return true;
    case ts.SyntaxKind.TypeOfExpression:
      return true;
    case ts.SyntaxKind.VoidExpression:
      return false;
  }
  if (ts.isIdentifier(e) && e.text === 'undefined') return false;
  return undefined;
}

const isNot = (e: TS.Expression): e is TS.PrefixUnaryExpression => ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken;
const isLogical = (e: TS.Expression): e is TS.BinaryExpression =>
  ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken);

function combine(op: TS.SyntaxKind, l: boolean | undefined, r: boolean | undefined): boolean | undefined {
  if (op === ts.SyntaxKind.BarBarToken) return l === true ? true : l === false ? r : r === true ? true : undefined;
  return l === false ? false : l === true ? r : r === false ? false : undefined;
}

// Returns true/false when the expression's truthiness is fixed, undefined when it depends on run
// time. Evaluated children first with an explicit stack (each `!`, `||` and `&&` is visited twice:
// once to queue its operands, once to combine their values), so a condition chained thousands of
// terms deep is judged without recursion.
function truthiness(node: TS.Expression): boolean | undefined {
  const work: Array<{ e: TS.Expression; ready: boolean }> = [{ e: unwrap(node), ready: false }];
  const values: Array<boolean | undefined> = [];
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const { e, ready } = item;
    if (isNot(e)) {
      if (ready) {
        const inner = values.pop();
        values.push(inner === undefined ? undefined : !inner);
      } else work.push({ e, ready: true }, { e: unwrap(e.operand), ready: false });
    } else if (isLogical(e)) {
      if (ready) {
        const r = values.pop();
        const l = values.pop();
        values.push(combine(e.operatorToken.kind, l, r));
      } else work.push({ e, ready: true }, { e: unwrap(e.right), ready: false }, { e: unwrap(e.left), ready: false });
    } else values.push(leafTruthiness(e));
  }
  return values[0];
}

const isTrueLiteral = (node: TS.Expression | undefined): boolean => node !== undefined && unwrap(node).kind === ts.SyntaxKind.TrueKeyword;

export default defineDetector({
  id: 'constant-condition',
  category: 'LOGIC_ERROR',
  severity: 'medium',
  docs: {
    description: 'A condition whose value is fixed: `if (true)`, `if ([])`, `x ? … : …` on a literal, `while (0)`, `a || true`.',
    why: 'A constant condition is debugging left in (`if (false)`), a feature switched on for good, or a check that tests the wrong thing (`if (items)` on an array literal). One branch is dead code.',
    bad: 'if (false) { sendEmail(user); }\nconst mode = "prod" ? live : test;',
    good: 'if (settings.sendEmails) { sendEmail(user); }\nwhile (true) { if (done()) break; }',
    eslint: 'Like no-constant-condition with checkLoops "allExceptWhileTrue": `while (true)`, `do … while (true)` and `for (;;)` are allowed; a `new` expression counts as constant (always truthy).',
    precision: NOT_FIRED,
  },
  messages: {
    constant: 'Condition `{text}` is always {value}.',
  },
  suggestions: {
    constant: 'Test the value you meant, or delete the dead branch.',
  },
  check: (ctx) => {
    const test = (condition: TS.Expression | undefined): void => {
      if (!condition) return;
      const value = truthiness(condition);
      if (value !== undefined) ctx.report(condition, 'constant', { text: ctx.getText(condition), value: value ? 'truthy' : 'falsy' });
    };
    return {
      IfStatement: (node) => test(node.expression),
      ConditionalExpression: (node) => test(node.condition),
      WhileStatement: (node) => {
        if (!isTrueLiteral(node.expression)) test(node.expression);
      },
      DoStatement: (node) => {
        if (!isTrueLiteral(node.expression)) test(node.expression);
      },
      ForStatement: (node) => {
        if (!isTrueLiteral(node.condition)) test(node.condition);
      },
    };
  },
});
