import type { Item } from './types.js';

// Where a feature starts: a command, a route, a page, and also what the platform runs on its
// own — a scheduled job, a queue consumer, an event listener. Work reached only from a job
// (an hourly purge, a weekly report) is as real as work reached from a route. What only sends
// work somewhere (an emit, a publish, a queue producer) is no entry, and neither is config
// (a wrangler cron trigger: the `scheduled` handler in code it fires is).

// A queue consumer (`@Processor`, BullMQ `new Worker('x')`, a Workers `queue()` handler) is
// always one. A listener is one when a framework registers it (`@OnEvent('order.created')`,
// `@EventPattern`: the decorator is its detail); a bare `.on('x')`/`addEventListener('x')` is
// mostly the plumbing of other code (a socket's `message` in an SDK client, `touchstart` in a
// component, a service worker's `fetch`): taken as entries on the labelled corpora they turned
// components, SDKs and startup glue into PASS features (bench/accuracy/evidence.mjs).
const isRegisteredListener = (e: Item): boolean => e.kind === 'listener' && e.detail?.startsWith('@') === true;

/** Whether a job is an entry: everything the extractors record but a config file's cron trigger. */
export function isEntryJob(j: Item): boolean {
  return j.kind !== 'wrangler-cron';
}

/** Whether an event item is an entry: a listener or consumer of a named event, not an emitter. */
export function isEntryEvent(e: Item): boolean {
  return e.kind === 'queue-consumer' || isRegisteredListener(e);
}

/** A feature's or a file's entries: commands (package.json scripts excluded), routes, jobs, listeners, consumers. */
export function entryItems(f: { commands: readonly Item[]; routes: readonly Item[]; jobs: readonly Item[]; events: readonly Item[] }): Item[] {
  return [...f.commands.filter((c) => c.kind !== 'npm-script'), ...f.routes, ...f.jobs.filter(isEntryJob), ...f.events.filter(isEntryEvent)];
}

const JOB_LABELS: ReadonlySet<string> = new Set(['cron', 'node-cron', 'node-schedule', 'nest-cron', 'scheduled-cron', 'agenda']);
const CRON_FIELDS = /^\s*\S+(\s+\S+){4,5}\s*$|^@\w+$/;

/**
 * How a background entry reads in a flow: `Cron 0 * * * *`, `Every 3 minutes` (an Agenda
 * interval), `Job send report`, `Queue mail:welcome`, `Event order.created`, `Scheduled handler`.
 */
export function backgroundLabel(i: Item): string | undefined {
  if (i.kind === 'queue-consumer') return `Queue ${i.name}`;
  if (i.kind === 'listener') return `Event ${i.name}`;
  if (i.kind === 'agenda-job') return `Job ${i.name}`;
  if (i.kind === 'scheduled-handler') return 'Scheduled handler';
  // Agenda also takes a human interval (`3 minutes`); every other job kind is cron.
  if (i.kind !== undefined && JOB_LABELS.has(i.kind)) return i.kind === 'agenda' && !CRON_FIELDS.test(i.name) ? `Every ${i.name}` : `Cron ${i.name}`;
  return undefined;
}
