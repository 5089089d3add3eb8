import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';

function isAssignment(node: TS.Node): node is TS.BinaryExpression {
  return (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

export default defineDetector({
  id: 'assignment-in-condition',
  category: 'LOGIC_ERROR',
  severity: 'medium',
  docs: {
    description: 'An assignment used as the condition of `if`, `while`, `do … while` or `for`, where a comparison was almost certainly meant.',
    why: '`if (user.role = "admin")` assigns and is always true: an authorisation check that lets everyone in. As in ESLint (`no-cond-assign`, "except-parens"), an assignment wrapped in an extra pair of parentheses is taken as intended.',
    bad: 'if (user.role = "admin") grant();',
    good: 'if (user.role === "admin") grant();\nwhile ((match = re.exec(text))) collect(match);',
    eslint: 'Matches no-cond-assign with its default "except-parens" option.',
    precision: NOT_FIRED,
  },
  messages: {
    assignment: 'Assignment `{text}` used as a condition; did you mean a comparison?',
  },
  suggestions: {
    assignment: 'Use `===` to compare, or wrap the assignment in an extra pair of parentheses if it is meant.',
  },
  check: (ctx) => {
    const test = (condition: TS.Expression | undefined): void => {
      if (condition && isAssignment(condition)) ctx.report(condition, 'assignment', { text: ctx.getText(condition) });
    };
    return {
      IfStatement: (node) => test(node.expression),
      WhileStatement: (node) => test(node.expression),
      DoStatement: (node) => test(node.expression),
      ForStatement: (node) => test(node.condition),
    };
  },
});
