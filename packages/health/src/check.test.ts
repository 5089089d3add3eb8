import { Agent } from 'undici';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkHealth, executeHealthCheckWithRetry, type HealthCheckResult } from './index.js';
import { activeResources, closeAll, json, refusedPort, startServer, waitFor } from './__tests__/loopback.js';

afterEach(closeAll);

const gaps = (r: HealthCheckResult): number[] =>
  r.attempts.slice(1).map((a, i) => Date.parse(a.startedAt) - (Date.parse(r.attempts[i]!.startedAt) + r.attempts[i]!.durationMs));

describe('1. retries 503 with exponential backoff', () => {
  it('503, 503, 200 → ok after 3 attempts, waiting 1 s then 2 s (no jitter)', async () => {
    const lb = await startServer((_req, res, n) => (n < 3 ? json(res, 503, { status: 'starting' }) : json(res, 200, { status: 'ok' })));
    const r = await checkHealth(lb.url, { jitter: 'none', timeoutMs: 2000 });
    expect(r).toMatchObject({ ok: true, status: 'healthy', failureKind: null, statusCode: 200, stopReason: 'succeeded', body: { status: 'ok' } });
    expect(r.attempts.map((a) => [a.outcome, a.statusCode, a.delayMs, a.delayReason])).toEqual([
      ['http_status', 503, 1000, 'backoff'],
      ['http_status', 503, 2000, 'backoff'],
      ['healthy', 200, null, null],
    ]);
    // The waits really happened (startedAt has ms resolution; allow 5 ms of rounding).
    const [g1, g2] = gaps(r);
    expect(g1).toBeGreaterThanOrEqual(995);
    expect(g2).toBeGreaterThanOrEqual(1995);
    expect(r.totalDurationMs).toBeGreaterThanOrEqual(3000);
    expect(r.latencyMs).toBe(r.attempts[2]!.durationMs);
    expect(lb.requests).toBe(3);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('503 three times → unhealthy, http_status, 3 attempts', async () => {
    const lb = await startServer((_req, res) => json(res, 503, { error: 'down' }));
    const r = await executeHealthCheckWithRetry(lb.url, { jitter: 'none', baseDelayMs: 5 });
    expect(r).toMatchObject({ ok: false, status: 'unhealthy', failureKind: 'http_status', statusCode: 503, stopReason: 'retries_exhausted' });
    expect(r.attempts).toHaveLength(3);
    expect(r.attempts.map((a) => a.delayMs)).toEqual([5, 10, null]);
    expect(r.error).toEqual({ code: 'RC_HEALTH_HTTP_STATUS', message: 'unexpected status 503 (expected 2xx): {"error":"down"}' });
    expect(lb.requests).toBe(3);
  });
});

describe('2. timeouts, refused connections and resets are told apart', () => {
  it('a server that never answers: every attempt ends at timeoutMs with failureKind timeout', async () => {
    const lb = await startServer(() => undefined);
    const r = await checkHealth(lb.url, { timeoutMs: 150, maxRetries: 1, baseDelayMs: 1, jitter: 'none' });
    expect(r).toMatchObject({ ok: false, failureKind: 'timeout', statusCode: null, stopReason: 'retries_exhausted' });
    expect(r.attempts).toHaveLength(2);
    for (const a of r.attempts) {
      expect(a).toMatchObject({ outcome: 'timeout', errorCode: 'RC_HEALTH_TIMEOUT', errorMessage: 'attempt timed out after 150 ms' });
      expect(a.durationMs).toBeGreaterThanOrEqual(148);
      expect(a.durationMs).toBeLessThan(1000);
    }
    expect(lb.requests).toBe(2);
  });

  it('a body that stalls after the headers also ends at timeoutMs', async () => {
    const lb = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"status":');
    });
    const r = await checkHealth(lb.url, { timeoutMs: 150, maxRetries: 0 });
    expect(r).toMatchObject({ failureKind: 'timeout', statusCode: 200, error: { code: 'RC_HEALTH_TIMEOUT' } });
    expect(r.attempts[0]!.durationMs).toBeGreaterThanOrEqual(148);
    await waitFor(() => lb.openSockets.size === 0);
  });

  it('a refused connection is network / ECONNREFUSED', async () => {
    const port = await refusedPort();
    const r = await checkHealth(`http://127.0.0.1:${port}/health`, { maxRetries: 1, baseDelayMs: 1 });
    expect(r).toMatchObject({ ok: false, failureKind: 'network', error: { code: 'ECONNREFUSED' } });
    expect(r.attempts.map((a) => a.errorCode)).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
    expect(r.attempts[0]!.errorMessage).toContain('ECONNREFUSED');
  });

  it('a connection reset mid-body is network / ECONNRESET or UND_ERR_SOCKET', async () => {
    const lb = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"status":"o');
      setTimeout(() => req.socket.resetAndDestroy(), 10);
    });
    const r = await checkHealth(lb.url, { maxRetries: 0 });
    expect(r).toMatchObject({ ok: false, failureKind: 'network', statusCode: 200, stopReason: 'retries_exhausted' });
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(r.error?.code);
  });

  it('timeouts and connection errors are retried by default; the attempt count says so', async () => {
    const lb = await startServer((req, res, n) => (n === 1 ? req.socket.destroy() : json(res, 200, {})));
    const r = await checkHealth(lb.url, { baseDelayMs: 1 });
    expect(r.ok).toBe(true);
    expect(r.attempts.map((a) => a.outcome)).toEqual(['network', 'healthy']);
  });
});

describe('3. Retry-After', () => {
  it('429 with Retry-After: 3 waits 3 s, not the backoff', async () => {
    const lb = await startServer((_req, res, n) => (n === 1 ? json(res, 429, {}, { 'retry-after': '3' }) : json(res, 200, {})));
    const r = await checkHealth(lb.url, { baseDelayMs: 10, jitter: 'none' });
    expect(r.ok).toBe(true);
    expect(r.attempts[0]).toMatchObject({ statusCode: 429, retryAfterMs: 3000, delayMs: 3000, delayReason: 'retry-after' });
    expect(gaps(r)[0]).toBeGreaterThanOrEqual(2995);
  });

  it('a Retry-After of one hour is capped at maxDelayMs', async () => {
    const lb = await startServer((_req, res, n) => (n === 1 ? json(res, 503, {}, { 'retry-after': '3600' }) : json(res, 200, {})));
    const r = await checkHealth(lb.url, { maxDelayMs: 40, baseDelayMs: 1, jitter: 'none' });
    expect(r.ok).toBe(true);
    expect(r.attempts[0]).toMatchObject({ retryAfterMs: 3_600_000, delayMs: 40, delayReason: 'retry-after' });
    expect(r.totalDurationMs).toBeLessThan(2000);
  });

  it('an HTTP-date Retry-After is honoured relative to the (injected) clock', async () => {
    const now = Date.parse('2030-01-01T00:00:00.000Z');
    const lb = await startServer((_req, res, n) =>
      n === 1 ? json(res, 503, {}, { 'retry-after': new Date(now + 5000).toUTCString() }) : json(res, 200, {}),
    );
    const slept: number[] = [];
    const r = await checkHealth(lb.url, {
      clock: { now: () => now, sleep: async (ms) => void slept.push(ms) },
      jitter: 'none',
    });
    expect(r.ok).toBe(true);
    expect(slept).toEqual([5000]);
    expect(r.attempts[0]).toMatchObject({ retryAfterMs: 5000, delayMs: 5000, delayReason: 'retry-after' });
    expect(r.attempts[0]!.startedAt).toBe('2030-01-01T00:00:00.000Z');
  });

  it('respectRetryAfter: false uses the backoff', async () => {
    const lb = await startServer((_req, res, n) => (n === 1 ? json(res, 429, {}, { 'retry-after': '3' }) : json(res, 200, {})));
    const r = await checkHealth(lb.url, { respectRetryAfter: false, baseDelayMs: 7, jitter: 'none' });
    expect(r.attempts[0]).toMatchObject({ retryAfterMs: 3000, delayMs: 7, delayReason: 'backoff' });
  });
});

describe('4. client errors are final', () => {
  it.each([404, 401])('%i is not retried', async (status) => {
    const lb = await startServer((_req, res) => json(res, status, { error: 'no' }));
    const r = await checkHealth(lb.url, { baseDelayMs: 1 });
    expect(r).toMatchObject({ ok: false, failureKind: 'http_status', statusCode: status, stopReason: 'not_retryable' });
    expect(r.attempts).toHaveLength(1);
    expect(lb.requests).toBe(1);
  });
});

describe('5. abort', () => {
  // Timers and sockets that keep the event loop alive; polled, because sockets close asynchronously.
  // Vitest itself may hold a short timer between tests; wait until no timer is pending.
  const settled = async (): Promise<Record<string, number>> => {
    await waitFor(() => (activeResources().Timeout ?? 0) === 0, 2000).catch(() => undefined);
    return activeResources();
  };
  const backTo = (base: Record<string, number>) => (): boolean => {
    const now = activeResources();
    return (now.Timeout ?? 0) <= (base.Timeout ?? 0) && (now.TCPSocketWrap ?? 0) <= (base.TCPSocketWrap ?? 0);
  };

  it('during an attempt: ends at once with aborted, and leaves no timer or socket behind', async () => {
    const lb = await startServer(() => undefined);
    const base = await settled();
    const ac = new AbortController();
    const pending = checkHealth(lb.url, { signal: ac.signal, timeoutMs: 20_000 });
    await waitFor(() => lb.requests === 1);
    const during = activeResources();
    // The attempt timer and the client and server sockets are alive while the request hangs.
    expect(during.Timeout ?? 0).toBeGreaterThan(base.Timeout ?? 0);
    expect(during.TCPSocketWrap ?? 0).toBeGreaterThanOrEqual((base.TCPSocketWrap ?? 0) + 2);
    const t0 = performance.now();
    ac.abort(new Error('operator cancelled'));
    const r = await pending;
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r).toMatchObject({ ok: false, failureKind: 'aborted', stopReason: 'aborted', error: { code: 'RC_HEALTH_ABORTED' } });
    expect(r.error?.message).toContain('operator cancelled');
    expect(r.attempts).toHaveLength(1);
    // The client destroyed its socket (the server sees it close) and cleared its 20 s timer.
    await waitFor(() => lb.openSockets.size === 0);
    await waitFor(backTo(base), 1500);
  });

  it('during a backoff wait: ends at once with aborted, and the wait timer is cleared', async () => {
    const lb = await startServer((_req, res) => json(res, 503, {}, { connection: 'close' }));
    const dispatcher = new Agent();
    const ac = new AbortController();
    const base = await settled();
    const pending = checkHealth(lb.url, { signal: ac.signal, baseDelayMs: 60_000, maxDelayMs: 60_000, jitter: 'none', dispatcher });
    await waitFor(() => lb.requests === 1 && lb.openSockets.size === 0);
    await new Promise((r) => setTimeout(r, 20));
    // Only the 60 s wait is pending now.
    expect(activeResources().Timeout ?? 0).toBe((base.Timeout ?? 0) + 1);
    const t0 = performance.now();
    ac.abort();
    const r = await pending;
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r).toMatchObject({ failureKind: 'aborted', stopReason: 'aborted', statusCode: 503 });
    expect(r.stopDetail).toMatch(/aborted during the 60000 ms backoff wait/);
    expect(r.attempts[0]).toMatchObject({ delayMs: 60_000, delayReason: 'backoff' });
    await dispatcher.close();
    await waitFor(backTo(base), 1500);
  });

  it('a signal aborted before the call sends nothing', async () => {
    const lb = await startServer((_req, res) => json(res, 200, {}));
    const r = await checkHealth(lb.url, { signal: AbortSignal.abort(new Error('too late')) });
    expect(r).toMatchObject({ failureKind: 'aborted', attempts: [], latencyMs: null });
    expect(r.error?.message).toContain('too late');
    expect(lb.requests).toBe(0);
  });
});

describe('6. deadlineMs', () => {
  it('stops when the next backoff wait would overrun the deadline', async () => {
    const lb = await startServer((_req, res) => json(res, 503, {}));
    const r = await checkHealth(lb.url, { deadlineMs: 500, baseDelayMs: 300, jitter: 'none', maxRetries: 5 });
    expect(r).toMatchObject({ failureKind: 'http_status', stopReason: 'deadline' });
    expect(r.attempts.map((a) => a.delayMs)).toEqual([300, null]);
    expect(r.stopDetail).toMatch(/next backoff wait is 600 ms but only \d+ ms of deadlineMs 500 remain/);
    expect(r.totalDurationMs).toBeLessThan(600);
  });

  it('does not wait for a Retry-After that would overrun it, and records why', async () => {
    const lb = await startServer((_req, res) => json(res, 429, {}, { 'retry-after': '5' }));
    const r = await checkHealth(lb.url, { deadlineMs: 1000 });
    expect(r).toMatchObject({ failureKind: 'http_status', stopReason: 'deadline', statusCode: 429 });
    expect(r.attempts).toHaveLength(1);
    expect(r.attempts[0]).toMatchObject({ retryAfterMs: 5000, delayMs: null });
    expect(r.stopDetail).toMatch(/Retry-After asks for 5000 ms but only \d+ ms of deadlineMs 1000 remain; not waiting/);
    expect(r.totalDurationMs).toBeLessThan(1000);
  });

  it('cuts an attempt to what is left of the deadline', async () => {
    const lb = await startServer(() => undefined);
    const r = await checkHealth(lb.url, { deadlineMs: 200, timeoutMs: 10_000 });
    expect(r.failureKind).toBe('timeout');
    expect(r.attempts[0]!.errorMessage).toBe('attempt timed out after 200 ms (what was left of deadlineMs)');
    expect(r.totalDurationMs).toBeLessThan(1000);
  });
});

describe('7. bad bodies are invalid_response, never an exception', () => {
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  afterEach(() => expect(unhandled).not.toHaveBeenCalled());

  it('a 10 MB body with content-length is refused without downloading it', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 'a');
    const lb = await startServer((_req, res) => {
      res.writeHead(200, { 'content-length': big.length });
      res.end(big);
    });
    const r = await checkHealth(lb.url, { maxRetries: 0 });
    expect(r).toMatchObject({ ok: false, failureKind: 'invalid_response', statusCode: 200, body: null });
    expect(r.error?.message).toBe('body exceeds maxBodyBytes (1048576 bytes) and was cut off');
  });

  it('a 10 MB chunked body is cut off at maxBodyBytes', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'b');
    const lb = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      let sent = 0;
      const pump = (): void => {
        while (sent < 160 && res.write(chunk)) sent++;
        if (sent >= 160) res.end();
        else res.once('drain', pump);
      };
      res.on('error', () => undefined);
      pump();
    });
    const r = await checkHealth(lb.url, { maxRetries: 0, maxBodyBytes: 100_000 });
    expect(r).toMatchObject({ failureKind: 'invalid_response', error: { message: 'body exceeds maxBodyBytes (100000 bytes) and was cut off' } });
  });

  it('a body that is not JSON where JSON is expected', async () => {
    const lb = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
    const r = await checkHealth({ url: lb.url, expect: { json: true } }, { maxRetries: 0 });
    expect(r).toMatchObject({ failureKind: 'invalid_response', body: '<html>Bad Gateway</html>' });
    expect(r.error?.message).toMatch(/^body is not valid JSON \(.+\): <html>Bad Gateway<\/html>$/);
  });

  it('a body declared as JSON that does not parse', async () => {
    const lb = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status": ');
    });
    const r = await checkHealth(lb.url, { maxRetries: 0 });
    expect(r.failureKind).toBe('invalid_response');
  });

  it('a body failing the expected JSON Schema names the pointer', async () => {
    const lb = await startServer((_req, res) => json(res, 200, { status: 'ok', db: { latencyMs: 'slow' } }));
    const bodySchema = {
      type: 'object',
      required: ['status', 'db'],
      properties: { db: { type: 'object', properties: { latencyMs: { type: 'number' } } } },
    };
    const r = await checkHealth(lb.url, { expect: { bodySchema }, maxRetries: 0 });
    expect(r).toMatchObject({ failureKind: 'invalid_response', body: { status: 'ok', db: { latencyMs: 'slow' } } });
    expect(r.error?.message).toBe('body fails expect.bodySchema at /db/latencyMs: must be number');
  });

  it('a body satisfying the schema is healthy; { status: "degraded" } is degraded', async () => {
    const lb = await startServer((_req, res, n) => json(res, 200, { status: n === 1 ? 'ok' : 'degraded' }));
    const bodySchema = { type: 'object', required: ['status'] };
    const first = await checkHealth(lb.url, { expect: { bodySchema } });
    const second = await checkHealth(lb.url, { expect: { bodySchema } });
    expect(first).toMatchObject({ ok: true, status: 'healthy' });
    expect(second).toMatchObject({ ok: true, status: 'degraded', failureKind: null, attempts: [{ outcome: 'degraded' }] });
  });
});
