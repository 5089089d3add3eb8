import ts from '../ts.js';
import { defineDetector, NOT_FIRED } from '../define.js';
import { parseDiagnosticsOf } from '../parser.js';

export default defineDetector({
  id: 'parse-error',
  category: 'MALFORMED_SYNTAX',
  severity: 'high',
  docs: {
    description: 'A syntax error the TypeScript parser reports, at its exact line and column: an `if` with no condition, an unclosed brace, a stray token.',
    why: 'Agents edit files piecewise and lose a brace or half a statement. Such a file breaks the build, or, in a JavaScript file that nothing builds, breaks at run time.',
    bad: 'if () {\n  start();',
    good: 'if (ready) {\n  start();\n}',
    precision: NOT_FIRED,
  },
  messages: {
    syntax: 'Syntax error: {message}',
  },
  suggestions: {
    syntax: 'Fix the syntax at this position; the rest of the file was analysed on a best-effort parse.',
  },
  check: (ctx) => ({
    onEnd() {
      for (const d of parseDiagnosticsOf(ctx.sourceFile)) {
        const start = d.start ?? 0;
        const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
        const end = Math.min(ctx.text.length, start + (d.length ?? 0));
        ctx.report({ pos: start, end }, 'syntax', { message: `${message.replace(/\.$/, '')} (TS${d.code})` }, { key: `TS${d.code} ${ctx.text.slice(Math.max(0, start - 20), end + 20)}` });
      }
    },
  }),
});
