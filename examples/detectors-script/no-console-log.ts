// A custom detector, written with the same definition type as the built-in ones.
import ts from 'typescript';
import { defineDetector } from '@readycheck/detectors';

export default defineDetector({
  id: 'no-console-log',
  category: 'CODE_STANDARDS',
  severity: 'low',
  docs: {
    description: 'A console.log call left in application code.',
    why: 'Debug output leaks data into logs and drowns real messages.',
    bad: 'console.log("loaded", row);',
    good: 'logger.debug({ row }, "loaded");',
  },
  messages: { found: '`console.{method}()` left in code.' },
  suggestions: { found: 'Use the application logger.' },
  check: (ctx) => ({
    CallExpression(node) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console' && callee.name.text === 'log') {
        ctx.report(node, 'found', { method: callee.name.text });
      }
    },
  }),
});
