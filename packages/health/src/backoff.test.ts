import { MockAgent } from 'undici';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffDelays, checkHealth, parseRetryAfter } from './index.js';

describe('backoffDelays (pure)', () => {
  it('grows by factor from baseDelayMs and caps at maxDelayMs', () => {
    expect(backoffDelays({ maxRetries: 5, baseDelayMs: 1000, factor: 2, maxDelayMs: 10_000, jitter: 'none' })).toEqual([1000, 2000, 4000, 8000, 10_000]);
    expect(backoffDelays({ maxRetries: 3, baseDelayMs: 100, factor: 3, maxDelayMs: 500, jitter: 'none' })).toEqual([100, 300, 500]);
    expect(backoffDelays({ maxRetries: 2, baseDelayMs: 0, jitter: 'none' })).toEqual([0, 0]);
  });

  it('defaults: two retries, 1 s then 2 s before full jitter', () => {
    expect(backoffDelays({ jitter: 'none' })).toEqual([1000, 2000]);
    expect(backoffDelays({ random: () => 0.5 })).toEqual([500, 1000]);
    expect(backoffDelays({ max_retries: 1, jitter: 'none' })).toEqual([1000]);
  });

  it('full jitter draws from [0, d], equal jitter from [d/2, d], with the injected random source', () => {
    const seq = (values: number[]) => () => values.shift() ?? 0;
    expect(backoffDelays({ maxRetries: 3, jitter: 'full', random: seq([0, 0.25, 0.999999]) })).toEqual([0, 500, 4000]);
    expect(backoffDelays({ maxRetries: 3, jitter: 'equal', random: seq([0, 0.5, 0.999999]) })).toEqual([500, 1500, 4000]);
  });

  it('never exceeds maxDelayMs even when factor^i overflows', () => {
    const delays = backoffDelays({ maxRetries: 100, baseDelayMs: 1000, factor: 1000, maxDelayMs: 30_000, jitter: 'equal', random: () => 0.999 });
    expect(delays).toHaveLength(100);
    expect(Math.max(...delays)).toBeLessThanOrEqual(30_000);
    expect(delays.at(-1)).toBe(29_985);
  });

  it('rejects a random source outside [0, 1) and invalid options, with a typed error', () => {
    expect(() => backoffDelays({ random: () => 1 })).toThrow(expect.objectContaining({ code: 'RC_HEALTH_INVALID_OPTION' }));
    expect(() => backoffDelays({ random: () => Number.NaN })).toThrow(/must return a number in \[0, 1\)/);
    expect(() => backoffDelays({ factor: 0 })).toThrow(expect.objectContaining({ code: 'RC_HEALTH_INVALID_OPTION' }));
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  it('reads delay-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(['2', '9'], now)).toBe(2000);
    expect(parseRetryAfter('99999999999999999999', now)).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('ignores garbage', () => {
    for (const v of [undefined, null, '', '-5', '1.5', 'soon', '12abc', 'Xyz, 99 Foo 2030']) expect(parseRetryAfter(v, now)).toBeNull();
  });
});

describe('backoff timing with fake timers (arithmetic of the waits, no network)', () => {
  afterEach(() => vi.useRealTimers());

  it('waits exactly 1000 ms then 2000 ms between attempts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get('http://svc.test');
    pool.intercept({ path: '/health' }).reply(503, 'busy').times(2);
    pool.intercept({ path: '/health' }).reply(200, { status: 'ok' }, { headers: { 'content-type': 'application/json' } });
    const calls = (): number => agent.getCallHistory()?.calls().length ?? 0;
    agent.enableCallHistory();

    const pending = checkHealth('http://svc.test/health', { dispatcher: agent, jitter: 'none' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    const r = await pending;
    expect(calls()).toBe(3);
    expect(r).toMatchObject({ ok: true, body: { status: 'ok' } });
    expect(r.attempts.map((a) => a.delayMs)).toEqual([1000, 2000, null]);
    expect(r.totalDurationMs).toBe(3000);
    await agent.close();
  });
});
