import ts from '../ts.js';
import type * as TS from 'typescript';
import { defineDetector } from '../define.js';
import { calleeName, isEmptyUncommented, unwrap } from '../ast-util.js';

// Best-effort calls whose failure is deliberately ignored by `.catch(() => {})`: removing a
// temporary file, closing or killing something on the way out, writing a log line (a failed log
// write must not take the process down).
const BEST_EFFORT = /^(?:unlink|rm|rmdir|close|destroy|kill|terminate|abort|dispose|disconnect|log|warn|info|debug|trace|\w+Log)$/;

function isBestEffortCall(promise: TS.Expression): boolean {
  const call = unwrap(promise);
  return ts.isCallExpression(call) && BEST_EFFORT.test(calleeName(call) ?? '');
}

// `p.catch(() => {}); // start errors are reported by the monitor`: the why, on the same line.
function hasTrailingComment(text: string, end: number): boolean {
  const nl = text.indexOf('\n', end);
  return /^[\s);,]*\/[/*]/.test(text.slice(end, nl === -1 ? text.length : nl));
}

export default defineDetector({
  id: 'empty-catch',
  category: 'ERROR_HANDLING',
  severity: 'medium',
  docs: {
    description: 'An empty `catch` block, or a promise `.catch(() => {})` handler that does nothing.',
    eslint:
      'Like ESLint `no-empty` for catch blocks (a comment inside makes it intentional), plus empty promise handlers. An empty `.catch(() => {})` on a best-effort call is not reported: removing or closing something (`unlink`, `rm`, `close`, `kill`, `destroy`, ...) or writing a log line (`log`, `warn`, `appendLog`, ...), whose failure the code means to ignore.',
    why: 'Swallowed errors are how agent-written code "works" in a demo: the failure still happens, but nobody hears about it. A comment saying why ignoring it is right makes the block intentional and silences this detector.',
    bad: 'try { await save(doc); } catch (e) {}\nfetchUser().catch(() => {});',
    good: 'try { await save(doc); } catch (e) { log.warn("save failed", e); throw e; }\ntry { rmSync(tmp); } catch { /* already gone: nothing to clean */ }',
    precision: 'medium: 7/8 = 0.88 on the nine labelled corpora (ni 1/1, nodejs-goof 1/1, skyra 2/2, vibesdk 3/4); the false one is a table-existence probe (`try { has = sql.exec("SELECT 1 FROM t") } catch {}`). Before best-effort `.catch(() => {})` calls were skipped, vibesdk alone had 44 findings, 39 of them removing a temp file or writing a log line.',
  },
  messages: {
    empty: 'Empty catch block swallows the error.',
    emptyHandler: 'Empty `.{method}()` handler swallows the rejection.',
  },
  suggestions: {
    empty: 'Handle the error (log, rethrow, recover) or say in a comment why it is safe to ignore.',
    emptyHandler: 'Handle the rejection or say in a comment why it is safe to ignore.',
  },
  check: (ctx) => ({
    CatchClause(node) {
      if (isEmptyUncommented(ctx, node.block)) ctx.report(node, 'empty');
    },
    CallExpression(node) {
      const method = calleeName(node);
      const callee = unwrap(node.expression);
      if (!ts.isPropertyAccessExpression(callee)) return;
      if (method === 'catch' && isBestEffortCall(callee.expression)) return;
      const handler = method === 'catch' ? node.arguments[0] : method === 'then' ? node.arguments[1] : undefined;
      if (!handler) return;
      const fn = unwrap(handler);
      if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isBlock(fn.body) && isEmptyUncommented(ctx, fn.body) && !hasTrailingComment(ctx.text, node.end)) {
        ctx.report(fn, 'emptyHandler', { method });
      }
    },
  }),
});
