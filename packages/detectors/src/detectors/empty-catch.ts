import ts from '../ts.js';
import { defineDetector } from '../define.js';
import { calleeName, isEmptyUncommented, unwrap } from '../ast-util.js';

export default defineDetector({
  id: 'empty-catch',
  category: 'ERROR_HANDLING',
  severity: 'medium',
  docs: {
    description: 'An empty `catch` block, or a promise `.catch(() => {})` handler that does nothing.',
    why: 'Swallowed errors are how agent-written code "works" in a demo: the failure still happens, but nobody hears about it. A comment saying why ignoring it is right makes the block intentional and silences this detector.',
    bad: 'try { await save(doc); } catch (e) {}\nfetchUser().catch(() => {});',
    good: 'try { await save(doc); } catch (e) { log.warn("save failed", e); throw e; }\ntry { rmSync(tmp); } catch { /* already gone: nothing to clean */ }',
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
      if (!ts.isPropertyAccessExpression(unwrap(node.expression))) return;
      const handler = method === 'catch' ? node.arguments[0] : method === 'then' ? node.arguments[1] : undefined;
      if (!handler) return;
      const fn = unwrap(handler);
      if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isBlock(fn.body) && isEmptyUncommented(ctx, fn.body)) {
        ctx.report(fn, 'emptyHandler', { method });
      }
    },
  }),
});
