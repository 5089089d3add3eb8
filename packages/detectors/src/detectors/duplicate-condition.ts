import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';

export default defineDetector({
  id: 'duplicate-condition',
  category: 'LOGIC_ERROR',
  severity: 'medium',
  docs: {
    description: 'An `else if` condition that repeats an earlier one in the same chain, or a `case` label that repeats an earlier one in the same `switch`.',
    why: 'The second branch can never run: agents extending a chain copy a condition and forget to change it, so the new case silently goes to the first branch.',
    bad: 'if (status === 401) login();\nelse if (status === 401) refresh();\nswitch (kind) { case "a": x(); break; case "a": y(); }',
    good: 'if (status === 401) login();\nelse if (status === 403) deny();',
    eslint: 'Like no-dupe-else-if and no-duplicate-case, comparing conditions by their text with whitespace and comments removed (ESLint also reports `a || b` after `a`; this detector does not).',
    precision: NOT_FIRED,
  },
  messages: {
    elseIf: 'This `else if` repeats the condition on line {line}: its branch can never run.',
    case: 'Duplicate `case {text}` (first on line {line}): this clause can never run.',
  },
  suggestions: {
    elseIf: 'Change the condition to the case you meant, or merge the branches.',
    case: 'Change the label to the value you meant, or merge the clauses.',
  },
  check: (ctx) => {
    const norm = (node: TS.Node): string => ctx.getText(node).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').replace(/\s+/g, '');
    const lineOf = (node: TS.Node): number => ctx.sourceFile.getLineAndCharacterOfPosition(ctx.getStart(node)).line + 1;
    return {
      IfStatement(node) {
        // Only at the head of a chain, so each chain is checked once.
        if (node.parent && ts.isIfStatement(node.parent) && node.parent.elseStatement === node) return;
        const seen = new Map<string, TS.Node>();
        for (let current: TS.Statement | undefined = node; current && ts.isIfStatement(current); current = current.elseStatement) {
          const key = norm(current.expression);
          const first = seen.get(key);
          if (first) ctx.report(current.expression, 'elseIf', { line: lineOf(first) });
          else seen.set(key, current.expression);
        }
      },
      SwitchStatement(node) {
        const seen = new Map<string, TS.Node>();
        for (const clause of node.caseBlock.clauses) {
          if (!ts.isCaseClause(clause)) continue;
          const key = norm(clause.expression);
          const first = seen.get(key);
          if (first) ctx.report(clause, 'case', { text: ctx.getText(clause.expression), line: lineOf(first) }, { key: `case ${key}` });
          else seen.set(key, clause.expression);
        }
      },
    };
  },
});
