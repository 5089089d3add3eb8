import type * as TS from 'typescript';
import type { ExtractContext, ExtractPlugin } from './plugin.js';

const LISTEN = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'subscribe', 'handle']);
const EMIT = new Set(['emit', 'publish', 'dispatch', 'dispatchEvent']);
const EVENT_NAME = /^[\w:./@-]+$/;

/** `addEventListener('scheduled', …)` is a Workers cron handler; any other name an event. */
export function eventOrScheduled(n: TS.CallExpression, s: string, { add, facts }: ExtractContext): void {
  if (s === 'scheduled') {
    facts.scheduledHandler = true;
    add(facts.jobs, n, 'scheduled', 'scheduled-handler');
  } else {
    add(facts.events, n, s, 'listener');
  }
}

/** Event emitters and buses: `.on/.once/.subscribe('x')` listen, `.emit/.publish('x')` emit, `addEventListener`. */
export default {
  name: 'events',
  call: ({ n, s, fn, method }, ctx) => {
    if (s === undefined) return;
    if (fn === 'addEventListener' || method === 'addEventListener') eventOrScheduled(n, s, ctx);
    else if (method !== undefined && LISTEN.has(method) && EVENT_NAME.test(s) && !s.startsWith('/')) ctx.add(ctx.facts.events, n, s, 'listener');
    else if (method !== undefined && EMIT.has(method) && EVENT_NAME.test(s) && !s.startsWith('/')) ctx.add(ctx.facts.events, n, s, 'emitter');
  },
} satisfies ExtractPlugin;
