import type * as TS from 'typescript';
import ts from '../ts.js';
import { calledIdentifiers, propString, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

/**
 * Scheduled jobs and queues: node-cron `cron.schedule('0 * * * *', fn)`, node-schedule
 * `scheduleJob`, `new CronJob(…)`/`CronJob.from({ cronTime })`, croner `Cron('…')`, and BullMQ
 * `new Queue('x')` (producer) / `new Worker('x', …)` (consumer). Every cron expression is validated.
 */
export default {
  name: 'jobs',
  visitor: {
    NewExpression: (node, { add, addJob, facts, sf }) => {
      const n = node as TS.NewExpression;
      const s = stringArg(n.arguments?.[0]);
      if (s === undefined) return;
      const callee = n.expression.getText(sf);
      if (/(^|\.)CronJob$/.test(callee) || /(^|\.)Cron$/.test(callee)) addJob(n, s, 'cron');
      else if (/(^|\.)Queue$/.test(callee) && /^[\w:.-]+$/.test(s)) add(facts.events, n, s, 'queue-producer');
      else if (/(^|\.)Worker$/.test(callee) && /^[\w:-]+$/.test(s) && !/\.[cm]?[jt]s$/.test(s)) add(facts.events, n, s, 'queue-consumer');
    },
  },
  call: ({ n, s, fn, method, recv, recvText }, { addJob }) => {
    // croner's `Cron('…')`; `@Cron('…')` on a method is @nestjs/schedule's (extract/nest-schedule.ts).
    if (fn === 'Cron' && s !== undefined && !ts.isDecorator(n.parent)) addJob(n, s, 'cron');
    // `agenda.schedule('in 20 minutes', …)` is Agenda's (extract/agenda.ts), not node-cron's.
    else if ((method === 'schedule' || method === 'scheduleJob') && n.arguments.length >= 1 && !/agenda/i.test(recvText)) {
      const cronArg = n.arguments.map(stringArg).find((a) => a !== undefined && (/\s/.test(a.trim()) || a.startsWith('@')));
      if (cronArg !== undefined) addJob(n, cronArg, method === 'schedule' ? 'node-cron' : 'node-schedule', calledIdentifiers(n.arguments.filter((a) => !ts.isStringLiteralLike(a))));
    } else if (method === 'from' && recv !== undefined && ts.isIdentifier(recv) && recv.text === 'CronJob') {
      const obj = n.arguments[0];
      const cronTime = obj && ts.isObjectLiteralExpression(obj) ? propString(obj, 'cronTime') : undefined;
      if (cronTime !== undefined) addJob(n, cronTime, 'cron');
    }
  },
} satisfies ExtractPlugin;
