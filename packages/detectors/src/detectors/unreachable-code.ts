import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector, NOT_FIRED } from '../define.js';

// True when control never continues past the statement.
function terminates(stmt: TS.Statement): boolean {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt) || ts.isBreakStatement(stmt) || ts.isContinueStatement(stmt)) return true;
  if (ts.isBlock(stmt)) return stmt.statements.some(terminates);
  if (ts.isIfStatement(stmt)) return stmt.elseStatement !== undefined && terminates(stmt.thenStatement) && terminates(stmt.elseStatement);
  return false;
}

// Statements that do not run and so cannot be unreachable: hoisted functions, types, `var` without initialiser.
function isInert(stmt: TS.Statement): boolean {
  if (ts.isFunctionDeclaration(stmt) || ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt) || ts.isEmptyStatement(stmt)) return true;
  if (ts.isModuleDeclaration(stmt) || (ts.isEnumDeclaration(stmt) && (ts.getModifiers(stmt) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword))) return true;
  if (ts.isVariableStatement(stmt)) {
    const list = stmt.declarationList;
    return (list.flags & ts.NodeFlags.BlockScoped) === 0 && list.declarations.every((d) => d.initializer === undefined);
  }
  return false;
}

function kindWord(kind: TS.SyntaxKind): string {
  switch (kind) {
    case ts.SyntaxKind.ReturnStatement:
      return 'return';
    case ts.SyntaxKind.ThrowStatement:
      return 'throw';
    case ts.SyntaxKind.BreakStatement:
      return 'break';
    case ts.SyntaxKind.ContinueStatement:
      return 'continue';
    default:
      return 'if/else';
  }
}

export default defineDetector({
  id: 'unreachable-code',
  category: 'LOGIC_ERROR',
  severity: 'medium',
  docs: {
    description: 'Statements after a `return`, `throw`, `break` or `continue` (or an `if`/`else` whose branches all end so) in the same block.',
    why: 'Code that can never run is either dead weight or, more often in agent edits, the real logic stranded below an early `return` that was meant to be conditional.',
    bad: 'function save(doc) {\n  return;\n  db.write(doc);\n}',
    good: 'function save(doc) {\n  if (!doc) return;\n  db.write(doc);\n}',
    eslint: 'Like no-unreachable within one statement list (one finding per run of unreachable statements); ESLint’s full code-path analysis also sees through loops and try/finally, this detector does not.',
    precision: NOT_FIRED,
  },
  messages: {
    unreachable: 'Unreachable code after `{after}` on line {line}.',
  },
  suggestions: {
    unreachable: 'Delete it, or make the statement before it conditional.',
  },
  check: (ctx) => {
    const visit = (statements: TS.NodeArray<TS.Statement>): void => {
      for (let i = 0; i < statements.length - 1; i++) {
        const stmt = statements[i] as TS.Statement;
        if (!terminates(stmt)) continue;
        const rest = statements.slice(i + 1).filter((s) => !isInert(s));
        const first = rest[0];
        const last = rest[rest.length - 1];
        if (first && last) {
          const line = ctx.sourceFile.getLineAndCharacterOfPosition(ctx.getStart(stmt)).line + 1;
          ctx.report({ pos: ctx.getStart(first), end: last.end }, 'unreachable', { after: kindWord(stmt.kind), line }, { key: ctx.getText(first) });
        }
        return;
      }
    };
    return {
      Block: (node) => visit(node.statements),
      CaseClause: (node) => visit(node.statements),
      DefaultClause: (node) => visit(node.statements),
      ModuleBlock: (node) => visit(node.statements),
    };
  },
});
