import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';

// Both searches use an explicit stack: a catch block nested thousands deep is searched without recursion.
function someDescendant(node: TS.Node, test: (n: TS.Node) => 'found' | 'skip' | 'descend'): boolean {
  const work: TS.Node[] = [node];
  const push = (child: TS.Node): undefined => {
    work.push(child);
    return undefined;
  };
  for (let n = work.pop(); n !== undefined; n = work.pop()) {
    const verdict = test(n);
    if (verdict === 'found') return true;
    if (verdict === 'descend') ts.forEachChild(n, push);
  }
  return false;
}

function references(node: TS.Node, name: string): boolean {
  return someDescendant(node, (n) => {
    if (!ts.isIdentifier(n) || n.text !== name) return 'descend';
    const p = n.parent;
    // `x.e` names a property, not the binding; `{ e: 1 }` names a key.
    if (p && ts.isPropertyAccessExpression(p) && p.name === n) return 'skip';
    if (p && ts.isPropertyAssignment(p) && p.name === n) return 'skip';
    return 'found';
  });
}

function rethrows(node: TS.Node): boolean {
  return someDescendant(node, (n) => (ts.isFunctionLike(n) ? 'skip' : ts.isThrowStatement(n) ? 'found' : 'descend'));
}

function booleanReturned(stmt: TS.Statement | undefined): boolean | undefined {
  if (!stmt || !ts.isReturnStatement(stmt) || !stmt.expression) return undefined;
  const k = stmt.expression.kind;
  return k === ts.SyntaxKind.TrueKeyword ? true : k === ts.SyntaxKind.FalseKeyword ? false : undefined;
}

/**
 * `try { JSON.parse(v); return true; } catch (e) { return false; }`: a predicate whose answer is
 * whether the call throws. The error is the answer, not a failure to trace.
 */
function isThrowsPredicate(node: TS.CatchClause): boolean {
  const tryStmt = node.parent;
  if (!ts.isTryStatement(tryStmt) || node.block.statements.length !== 1) return false;
  const answer = booleanReturned(node.block.statements[0]);
  const ok = booleanReturned(tryStmt.tryBlock.statements[tryStmt.tryBlock.statements.length - 1]);
  return answer !== undefined && ok === !answer;
}

export default defineDetector({
  id: 'discarded-error',
  category: 'ERROR_HANDLING',
  severity: 'medium',
  docs: {
    description: 'A `catch (err)` block that binds the error but never uses it, does not rethrow, and has no comment saying why.',
    why: 'The block looks like handling (it returns a default, logs a fixed string) but the cause is thrown away: the failure becomes a wrong answer with no trace. Agents write `catch (e) { return null; }` to make a test pass.',
    bad: 'try { return JSON.parse(text); } catch (e) { return null; }',
    good: 'try { return JSON.parse(text); } catch (e) { log.warn("bad cache entry", e); return null; }\ntry { return JSON.parse(text); } catch { return null; /* not JSON: treated as absent */ }',
    precision: 'medium: 98/101 = 0.97 on the nine labelled corpora (overseerr 66/66, juice-shop 15/16, vibesdk 10/11, skyra 3/4, taxonomy 3/3, ni 1/1); the false ones use the exception as the answer (a rate limiter whose `consume()` throws, parsing an incomplete streamed chunk, an `eval` of user text expected to fail). 56 of overseerr\'s are a fixed error toast in place of the error: labelled true, as the cause is dropped (this rule\'s contract); counted as handled instead, precision would be 42/101 = 0.42.',
  },
  messages: {
    discarded: 'The caught error `{name}` is never used: the failure is discarded without a trace.',
  },
  suggestions: {
    discarded: 'Log or rethrow the error (with `cause`), or drop the binding (`catch {`) and say in a comment why it is safe to ignore.',
  },
  check: (ctx) => ({
    CatchClause(node) {
      const decl = node.variableDeclaration;
      if (!decl || !ts.isIdentifier(decl.name)) return;
      const name = decl.name.text;
      if (name.startsWith('_')) return;
      const block = node.block;
      if (block.statements.length === 0) return;
      if (ctx.commentsIn({ pos: ctx.getStart(block), end: block.end }).length) return;
      if (references(block, name) || rethrows(block)) return;
      if (isThrowsPredicate(node)) return;
      ctx.report(node, 'discarded', { name });
    },
  }),
});
