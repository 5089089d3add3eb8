import type * as TS from 'typescript';
import ts from '../ts.js';
import { decoratorArgs, decoratorNamed, methodName, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/**
 * `@nestjs/schedule`: a method decorated `@Cron('0 * * * *')` (validated like any cron),
 * `@Cron(CronExpression.EVERY_HOUR)` (the library's own constant), `@Interval(60000)` or
 * `@Timeout(5000)` (optionally named first: `@Interval('sync', 60000)`) is a scheduled job.
 */
export default {
  name: 'nest-schedule',
  visitor: {
    MethodDeclaration: (node, { add, addJob, facts, sf }) => {
      const m = node as TS.MethodDeclaration;
      const cron = decoratorNamed(m, 'Cron');
      if (cron) {
        const arg = decoratorArgs(cron)[0];
        const expr = stringArg(arg);
        if (expr !== undefined) addJob(m, expr, 'nest-cron');
        // `CronExpression.EVERY_10_MINUTES` and the like are the library's valid expressions.
        else if (arg && ts.isPropertyAccessExpression(arg) && ts.isIdentifier(arg.expression) && arg.expression.text === 'CronExpression') {
          const item = add(facts.jobs, m, arg.getText(sf), 'nest-cron', methodName(m));
          item.valid = true;
        }
      }
      for (const kind of ['Interval', 'Timeout'] as const) {
        const d = decoratorNamed(m, kind);
        if (!d) continue;
        const args = decoratorArgs(d);
        const named = stringArg(args[0]);
        const ms = (named === undefined ? args[0] : args[1])?.getText(sf) ?? '';
        const item = add(facts.jobs, m, named ?? methodName(m) ?? kind, `nest-${kind.toLowerCase()}`, `${kind.toLowerCase()} ${ms} ms`);
        item.valid = true;
      }
    },
  },
} satisfies ExtractPlugin;
