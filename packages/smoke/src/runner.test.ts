import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckTimeoutError, runPlan } from './runner.js';
import type { CheckResult } from './reporters/types.js';
import type { GroupInfo } from './model.js';
import { def, plan } from './__tests__/helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const byId = (tests: CheckResult[]) => new Map(tests.map((t) => [t.extra.id, t]));

describe('runPlan: outcomes', () => {
  it('reports passed and failed checks with message, trace and attempts', async () => {
    const { tests, interrupted } = await runPlan(
      plan([
        def('ok'),
        def('bad', {
          run: () => {
            throw new Error('database said no');
          },
        }),
      ]),
    );
    expect(interrupted).toBe(false);
    const r = byId(tests);
    expect(r.get('ok')).toMatchObject({ status: 'passed', rawStatus: 'passed', flaky: false, retries: 0 });
    expect(r.get('bad')).toMatchObject({ status: 'failed', rawStatus: 'failed', message: 'database said no' });
    expect(r.get('bad')!.trace).toContain('database said no');
    expect(r.get('bad')!.extra.attempts).toEqual([{ attempt: 1, status: 'failed', durationMs: expect.any(Number), error: 'database said no' }]);
  });

  it('marks a check that fails and then passes on a retry as flaky (counted as passed)', async () => {
    let calls = 0;
    const { tests } = await runPlan(
      plan([
        def('wobbly', {
          retries: 2,
          run: (ctx) => {
            calls++;
            if (ctx.attempt === 1) throw new Error('first try fails');
          },
        }),
      ]),
    );
    expect(calls).toBe(2);
    expect(tests[0]).toMatchObject({ status: 'passed', flaky: true, retries: 1 });
    expect(tests[0]!.extra.attempts.map((a) => a.status)).toEqual(['failed', 'passed']);
  });

  it('gives up after the retries with every attempt recorded; the run-wide --retries applies to checks without their own', async () => {
    const { tests } = await runPlan(
      plan([
        def('down', {
          run: () => {
            throw new Error('still down');
          },
        }),
      ]),
      { retries: 2 },
    );
    expect(tests[0]).toMatchObject({ status: 'failed', retries: 2, message: 'still down (after 3 attempts)' });
    expect(tests[0]!.extra.attempts).toHaveLength(3);
  });

  it('times an attempt out: ctx.signal aborts with a timeout reason and the check is failed/timedOut', async () => {
    let reason: unknown;
    const { tests } = await runPlan(
      plan([
        def('hangs', {
          timeoutMs: 50,
          run: (ctx) =>
            new Promise((_, reject) => {
              ctx.signal.addEventListener('abort', () => {
                reason = ctx.signal.reason;
                reject(ctx.signal.reason as Error);
              });
            }),
        }),
        // A check that ignores its signal still ends on time.
        def('ignores-signal', { timeoutMs: 50, run: () => sleep(2000) }),
      ]),
    );
    expect(reason).toBeInstanceOf(CheckTimeoutError);
    for (const t of tests) {
      expect(t).toMatchObject({ status: 'failed', rawStatus: 'timedOut', message: 'timed out after 50 ms' });
      expect(t.extra.attempts[0]!.status).toBe('timedOut');
      expect(t.duration).toBeLessThan(1500);
    }
  });

  it('collects ctx.log lines and ctx.attach values as attachments', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const { tests } = await runPlan(
      plan([
        def('talks', {
          run: (ctx) => {
            ctx.log('hello', { a: 1 });
            ctx.attach('body', { status: 'ok' });
            ctx.attach('weird', cyclic);
            ctx.attach('nothing', undefined);
          },
        }),
      ]),
    );
    expect(tests[0]!.extra.attachments).toEqual([
      { name: 'body', value: { status: 'ok' } },
      { name: 'weird', value: '[object Object]' },
      { name: 'nothing', value: null },
      { name: 'log', value: ['hello {"a":1}'] },
    ]);
  });

  it('records latency against a budget', async () => {
    const { tests } = await runPlan(plan([def('slow', { maxLatencyMs: 10, run: () => ({ latencyMs: 25 }) }), def('fast', { maxLatencyMs: 100 })]));
    expect(tests[0]!.extra).toMatchObject({ latencyMs: 25, maxLatencyMs: 10 });
    expect(tests[1]!.extra.latencyMs).toBeLessThan(100);
  });

  it('keeps the reason a passing check gives for a degraded component', async () => {
    const { tests } = await runPlan(plan([def('cache', { run: () => ({ degraded: 'hit rate 40%' }) }), def('plain', { run: () => ({ degraded: '' }) })]));
    expect(tests[0]).toMatchObject({ status: 'passed', extra: { degraded: 'hit rate 40%' } });
    expect(tests[1]!.extra.degraded).toBeUndefined();
  });
});

describe('runPlan: dependencies, skips, fail-fast', () => {
  it('blocks dependents of a failed check, transitively, without running them', async () => {
    const ran: string[] = [];
    const track = (id: string) => () => void ran.push(id);
    const { tests } = await runPlan(
      plan([
        def('db', {
          run: () => {
            throw new Error('no db');
          },
        }),
        def('api', { dependsOn: ['db'], run: track('api') }),
        def('ui', { dependsOn: ['api'], run: track('ui') }),
        def('docs', { run: track('docs') }),
      ]),
    );
    const r = byId(tests);
    expect(ran).toEqual(['docs']);
    expect(r.get('api')).toMatchObject({ status: 'skipped', rawStatus: 'blocked', extra: { blockedBy: ['db'] } });
    expect(r.get('api')!.message).toContain('db (failed)');
    expect(r.get('ui')).toMatchObject({ status: 'skipped', rawStatus: 'blocked', extra: { blockedBy: ['api'] } });
    expect(r.get('ui')!.message).toContain('api (blocked)');
  });

  it('reports skip: true checks as skipped and blocks what depends on them', async () => {
    const { tests } = await runPlan(plan([def('off', { skip: true }), def('after', { dependsOn: ['off'] })]));
    expect(tests.map((t) => t.rawStatus)).toEqual(['skipped', 'blocked']);
  });

  it('--fail-fast starts nothing after the first failure', async () => {
    const { tests } = await runPlan(
      plan([
        def('boom', {
          run: () => {
            throw new Error('x');
          },
        }),
        def('later', { phase: 'b', phaseIndex: 1 }),
      ]),
      { failFast: true, maxParallel: 1 },
    );
    expect(tests[1]).toMatchObject({ status: 'skipped', rawStatus: 'skipped' });
    expect(tests[1]!.message).toContain('--fail-fast');
  });

  it('a failFast group skips its remaining checks after a failure; other groups go on', async () => {
    const g: GroupInfo = { key: 'g', name: 'workers', execution: 'sequential', failFast: true };
    const { tests } = await runPlan(
      plan([
        def('w1', { group: g }),
        def('w2', {
          group: g,
          run: () => {
            throw new Error('queue stuck');
          },
        }),
        def('w3', { group: g }),
        def('other'),
      ]),
    );
    expect(tests.map((t) => [t.extra.id, t.rawStatus])).toEqual([
      ['w1', 'passed'],
      ['w2', 'failed'],
      ['w3', 'skipped'],
      ['other', 'passed'],
    ]);
    expect(tests[2]!.message).toContain('group "workers"');
  });

  it('a failed checkpoint blocks the next phase', async () => {
    const { tests } = await runPlan(
      plan([
        def('boot', { phase: 'a', phaseIndex: 0 }),
        def('gate', {
          phase: 'a',
          phaseIndex: 0,
          checkpoint: true,
          run: () => {
            throw new Error('not ready');
          },
        }),
        def('work', { phase: 'b', phaseIndex: 1 }),
      ]),
    );
    expect(tests.map((t) => t.rawStatus)).toEqual(['passed', 'failed', 'blocked']);
    expect(tests[2]!.extra.blockedBy).toEqual(['gate']);
  });
});

describe('runPlan: concurrency', () => {
  async function peak(defsCount: number, opts: { maxParallel?: number; group?: GroupInfo }) {
    let inFlight = 0;
    let max = 0;
    const run = async () => {
      inFlight++;
      max = Math.max(max, inFlight);
      await sleep(15);
      inFlight--;
    };
    const defs = Array.from({ length: defsCount }, (_, i) => def(`c${i}`, { run, ...(opts.group ? { group: opts.group } : {}) }));
    const res = await runPlan(plan(defs), opts.maxParallel ? { maxParallel: opts.maxParallel } : {});
    expect(res.tests.every((t) => t.status === 'passed')).toBe(true);
    return max;
  }

  it('never has more than --max-parallel checks in flight, and uses all of it', async () => {
    expect(await peak(20, { maxParallel: 4 })).toBe(4);
    expect(await peak(5, { maxParallel: 1 })).toBe(1);
  });

  it("honours a group's maxParallel below the run's", async () => {
    expect(await peak(12, { maxParallel: 10, group: { key: 'g', name: 'g', execution: 'parallel', failFast: false, maxParallel: 2 } })).toBe(2);
  });

  it('runs 2,000 trivial checks with dependencies', async () => {
    const defs = Array.from({ length: 2000 }, (_, i) => def(`c${i}`, i % 10 ? { dependsOn: [`c${i - (i % 10)}`] } : {}));
    const { tests } = await runPlan(plan(defs), { maxParallel: 50 });
    expect(tests).toHaveLength(2000);
    expect(tests.every((t) => t.status === 'passed')).toBe(true);
  });
});

describe('runPlan: interruption', () => {
  it('stops scheduling, aborts running checks, and reports what did not run', async () => {
    const ac = new AbortController();
    let sawAbort = false;
    const p = runPlan(
      plan([
        def('first', {
          run: (ctx) =>
            new Promise((resolve) => {
              ctx.signal.addEventListener('abort', () => {
                sawAbort = true;
                resolve(undefined);
              });
              setTimeout(() => ac.abort(), 20);
            }),
        }),
        def('second', { dependsOn: ['first'] }),
      ]),
      { signal: ac.signal },
    );
    const { tests, interrupted } = await p;
    expect(interrupted).toBe(true);
    expect(sawAbort).toBe(true);
    expect(tests[0]).toMatchObject({ status: 'other', rawStatus: 'interrupted' });
    expect(tests[1]).toMatchObject({ status: 'skipped', rawStatus: 'interrupted' });
  });

  it('an already-aborted signal runs nothing', async () => {
    const { tests, interrupted } = await runPlan(plan([def('a')]), { signal: AbortSignal.abort() });
    expect(interrupted).toBe(true);
    expect(tests[0]!.rawStatus).toBe('interrupted');
  });
});

describe('runPlan: reporters and ctx.http', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const status = req.url === '/api/health' ? 200 : 503;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: status === 200 ? 'ok' : 'down' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('calls onCheckStart/onCheckEnd in order and survives a throwing reporter', async () => {
    const events: string[] = [];
    const { tests } = await runPlan(plan([def('a'), def('b', { dependsOn: ['a'] })]), {
      reporter: {
        onCheckStart: (c) => void events.push(`start ${c.id}`),
        onCheckEnd: (r) => {
          events.push(`end ${r.extra.id}`);
          throw new Error('reporter bug');
        },
      },
    });
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(tests.every((t) => t.status === 'passed')).toBe(true);
  });

  it('gives checks a health client that resolves paths against the base URL', async () => {
    const { tests } = await runPlan(
      plan([
        def('up', {
          run: async (ctx) => {
            const r = await ctx.http.expectOk('/health');
            ctx.attach('url', r.url);
          },
        }),
        def('down', { run: (ctx) => ctx.http.expectOk('/nope') }),
      ]),
      { baseUrl: `${base}/api` },
    );
    expect(tests[0]!.status).toBe('passed');
    expect(tests[0]!.extra.attachments[0]!.value).toBe(`${base}/api/health`);
    expect(tests[1]!.status).toBe('failed');
    expect(tests[1]!.message).toContain('503');
  });
});

describe('runPlan: prepare (a worker or the browser made ready before the clock starts)', () => {
  it('time spent in prepare is not the check\'s; a failed prepare fails the attempt; an interrupt ends the wait', async () => {
    const ac = new AbortController();
    const { tests } = await runPlan(
      plan([
        def('slow to prepare', { timeoutMs: 100, prepare: async () => void (await sleep(300)), run: () => sleep(20) }),
        def('cannot prepare', { prepare: () => Promise.reject(new Error('Chromium did not start')) }),
      ]),
    );
    const r = byId(tests);
    expect(r.get('slow to prepare')!.status).toBe('passed');
    expect(r.get('cannot prepare')).toMatchObject({ status: 'failed', message: 'could not get ready: Chromium did not start' });
    setTimeout(() => ac.abort(), 50);
    const stuck = await runPlan(plan([def('never ready', { prepare: () => new Promise(() => undefined) })]), { signal: ac.signal });
    expect(stuck.interrupted).toBe(true);
    expect(stuck.tests[0]!.rawStatus).toBe('interrupted');
  });
});
