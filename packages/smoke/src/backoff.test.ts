import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RETRY_DEFAULTS, resolveRetryPolicy, retryDelay } from './backoff.js';
import { healthCheckFn } from './declarative.js';
import { loadSuites } from './load.js';
import { runPlan } from './runner.js';
import { def, inlineProject, plan } from './__tests__/helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const c of cleanups.splice(0)) await c();
});

describe('retryDelay', () => {
  it('waits 1 s, 2 s, 4 s, 8 s, then 10 s each, with no jitter by default', () => {
    expect(RETRY_DEFAULTS).toEqual({ delayMs: 1000, factor: 2, maxDelayMs: 10_000, jitter: false });
    expect([0, 1, 2, 3, 4, 5, 40].map((i) => retryDelay({}, i))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    expect([0, 1, 2].map((i) => retryDelay({ delayMs: 500, factor: 3, maxDelayMs: 4000 }, i))).toEqual([500, 1500, 4000]);
    expect(retryDelay({ delayMs: 0 }, 3)).toBe(0);
  });

  it('with jitter, draws each wait from [0, delay]', () => {
    expect(retryDelay({ jitter: true }, 1, () => 0.25)).toBe(500);
    expect(retryDelay({ jitter: true }, 0, () => 0)).toBe(0);
  });

  it('takes the check over the group over the suite', () => {
    expect(resolveRetryPolicy({ retryDelayMs: 100, retryFactor: 3 }, { retryFactor: 4, retryJitter: true }, { retryMaxDelayMs: 900 })).toEqual({
      delayMs: 100,
      factor: 4,
      maxDelayMs: 900,
      jitter: true,
    });
    expect(resolveRetryPolicy({}, undefined, {})).toBeUndefined();
  });
});

describe('the runner waits between attempts', () => {
  it('a check failing twice then passing starts its attempts at 0, 1 s and 3 s (fake timers)', async () => {
    vi.useFakeTimers();
    const starts: number[] = [];
    const t0 = Date.now();
    const check = def('flaky', {
      retries: 3,
      run: () => {
        starts.push(Date.now() - t0);
        if (starts.length < 3) throw new Error(`attempt ${starts.length} failed`);
      },
    });
    const done = runPlan(plan([check]));
    await vi.advanceTimersByTimeAsync(999);
    expect(starts).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([0, 1000]);
    await vi.advanceTimersByTimeAsync(1999);
    expect(starts).toEqual([0, 1000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([0, 1000, 3000]);
    const { tests } = await done;
    expect(tests[0]).toMatchObject({ status: 'passed', flaky: true, retries: 2 });
  });

  it('uses the suite, group and check settings of a YAML suite, and an interrupt ends a wait at once', async () => {
    const p = await inlineProject({
      's.smoke.yaml': [
        'name: s',
        'defaults: { retryDelayMs: 50, retryFactor: 3 }',
        'phases:',
        '  - name: one',
        '    groups:',
        '      - name: g',
        '        retryMaxDelayMs: 100',
        '        checks:',
        '          - { type: command, name: a, command: "false", retries: 2 }',
        '          - { type: command, name: b, command: "false", retries: 1, retryDelayMs: 7 }',
      ].join('\n'),
    });
    cleanups.push(p.cleanup);
    const [suite] = await loadSuites(['s.smoke.yaml'], { cwd: p.dir });
    expect(suite!.checks.map((c) => c.retryPolicy)).toEqual([
      { delayMs: 50, factor: 3, maxDelayMs: 100 },
      { delayMs: 7, factor: 3, maxDelayMs: 100 },
    ]);
    const ac = new AbortController();
    const slow = def('slow', { retries: 1, retryPolicy: { delayMs: 60_000 }, run: () => Promise.reject(new Error('down')) });
    const running = runPlan(plan([slow]), { signal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    const r = await running;
    expect(r.interrupted).toBe(true);
    expect(r.stop - r.start).toBeLessThan(30_000);
  });

  it('--retry-delay sets the first wait of checks that set none', async () => {
    const p = await inlineProject({ 'smoke/s.smoke.yaml': 'name: s\nchecks:\n  - { type: command, name: a, command: "false", retries: 3 }\n  - { type: command, name: b, command: "false", retries: 1, retryDelayMs: 0 }\n' });
    cleanups.push(p.cleanup);
    const { main } = await import('./cli.js');
    const { fakeIO } = await import('./__tests__/helpers.js');
    const t0 = performance.now();
    expect(await main(['--retry-delay', '0', '-r', 'json'], fakeIO(p.dir))).toBe(1);
    // 3 retries at the 1 s default would wait 1 + 2 + 4 = 7 s; with --retry-delay 0 there is no wait.
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('really waits: a check failing twice waits about 1 s, then about 2 s (one real run)', async () => {
    const starts: number[] = [];
    const check = def('real', {
      retries: 2,
      run: () => {
        starts.push(performance.now());
        if (starts.length < 3) throw new Error('not yet');
      },
    });
    const { tests } = await runPlan(plan([check]));
    expect(tests[0]!.status).toBe('passed');
    const gaps = [starts[1]! - starts[0]!, starts[2]! - starts[1]!];
    expect(gaps[0]).toBeGreaterThanOrEqual(990);
    expect(gaps[1]).toBeGreaterThanOrEqual(1990);
  }, 15_000);
});

describe('declarative health checks', () => {
  it('use the health client’s retry defaults (2 retries) when they set none', async () => {
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits++;
      res.statusCode = hits <= 2 ? 503 : 200;
      res.end('{"status":"ok"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { tests } = await runPlan(plan([def('h', { kind: 'health', run: healthCheckFn({ type: 'health', name: 'h', path: '/health', jitter: 'none', baseDelayMs: 10 }) })]), { baseUrl: base });
    expect(tests[0]!.status).toBe('passed');
    expect(hits).toBe(3);
  });
});
