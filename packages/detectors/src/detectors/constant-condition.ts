import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';
import { unwrap } from '../ast-util.js';

// Returns true/false when the expression's truthiness is fixed, undefined when it depends on run time.
function truthiness(node: TS.Expression): boolean | undefined {
  const e = unwrap(node);
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
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = truthiness(e.operand);
    return inner === undefined ? undefined : !inner;
  }
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const l = truthiness(e.left);
    if (op === ts.SyntaxKind.BarBarToken) return l === true ? true : l === false ? truthiness(e.right) : truthiness(e.right) === true ? true : undefined;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return l === false ? false : l === true ? truthiness(e.right) : truthiness(e.right) === false ? false : undefined;
  }
  return undefined;
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
