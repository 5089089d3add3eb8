import type * as TS from 'typescript';
import { calledIdentifiers, stringArg } from './ast.js';
import type { ExtractPlugin } from './plugin.js';

// A schedule Agenda reads as cron: five or six fields of cron characters. Anything else
// (`'3 minutes'`, `'in 20 minutes'`, `'tomorrow at noon'`) is a human interval, which Agenda
// parses itself and which is not cron to validate.
const CRON_LIKE = /^\s*(?:[\d*/,?LW#A-Za-z-]+\s+){4,5}[\d*/,?LW#A-Za-z-]+\s*$/;
const AGENDA = /agenda/i;

/**
 * Agenda jobs: `agenda.define('send report', handler)` defines one (with what its handler calls),
 * `agenda.every('0 6 * * *' | '3 minutes', 'send report')`, `agenda.schedule('in 20 minutes', …)`
 * and `agenda.now(…)` run it. A cron-looking schedule is validated as cron; a human interval is a
 * valid schedule, never "a cron that never fires".
 */
export default {
  name: 'agenda',
  call: ({ n, s, method, recvText }, { add, addJob, facts }) => {
    if (!AGENDA.test(recvText) || method === undefined) return;
    if (method === 'define' && s !== undefined) {
      const item = add(facts.jobs, n, s, 'agenda-job', 'defined');
      const handler = n.arguments.slice(1).filter((a): a is TS.Expression => a !== undefined);
      const calls = calledIdentifiers(handler);
      if (calls.length) item.calls = calls;
      item.valid = true;
      return;
    }
    if ((method === 'every' || method === 'schedule') && s !== undefined) {
      const job = stringArg(n.arguments[1]);
      if (CRON_LIKE.test(s)) {
        addJob(n, s, 'agenda', job ? [job] : []);
        return;
      }
      const item = add(facts.jobs, n, s, 'agenda', job ? `runs ${job}` : 'human interval');
      if (job) item.calls = [job];
      item.valid = true;
    }
  },
} satisfies ExtractPlugin;
