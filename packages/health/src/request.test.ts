// Unit paths of the undici request with MockAgent (msw only sees the global fetch, not undici's
// request()/Agent): what is sent, how answers are judged, what is retried.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkHealth, type HealthCheckOptions } from './index.js';

let agent: MockAgent;
const ORIGIN = 'http://svc.test';
const JSON_HEADERS = { headers: { 'content-type': 'application/json' } };

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  agent.enableCallHistory();
});
afterEach(async () => {
  await agent.close();
});

const pool = () => agent.get(ORIGIN);
const calls = () => agent.getCallHistory()?.calls() ?? [];
const fast: HealthCheckOptions = { baseDelayMs: 1, jitter: 'none' };
const opts = (o: HealthCheckOptions = {}): HealthCheckOptions => ({ ...fast, dispatcher: agent, ...o });

describe('what is sent', () => {
  it('method, headers, JSON body, check id and idempotency key', async () => {
    pool().intercept({ path: '/jobs', method: 'POST' }).reply(200, { status: 'ok' }, JSON_HEADERS);
    const r = await checkHealth(
      { url: `${ORIGIN}/jobs`, method: 'post', headers: { 'X-Probe': 'target' }, body: { ping: true } },
      opts({ headers: { 'x-probe': 'options', 'x-team': 'core' }, checkId: '0B6E9A5C-1F2D-4C3B-9A8E-7D6C5B4A3F21', idempotencyKey: 'k-1' }),
    );
    expect(r).toMatchObject({ ok: true, method: 'POST', checkId: '0b6e9a5c-1f2d-4c3b-9a8e-7d6c5b4a3f21' });
    const call = calls()[0]!;
    expect(call.method).toBe('POST');
    expect(call.body).toBe('{"ping":true}');
    expect(call.headers).toMatchObject({
      'x-probe': 'target',
      'x-team': 'core',
      'content-type': 'application/json',
      'x-check-id': '0b6e9a5c-1f2d-4c3b-9a8e-7d6c5b4a3f21',
      'idempotency-key': 'k-1',
    });
  });

  it('credentials in the URL become a Basic header and never appear in the result', async () => {
    pool().intercept({ path: '/h' }).reply(200, 'up');
    const r = await checkHealth('http://ops:s3cret@svc.test/h', opts());
    expect(r.url).toBe('http://svc.test/h');
    expect(JSON.stringify(r)).not.toContain('s3cret');
    expect(calls()[0]!.headers).toMatchObject({ authorization: `Basic ${Buffer.from('ops:s3cret').toString('base64')}` });
    expect(r.body).toBe('up');
  });

  it('the worker_check_uuid alias is accepted', async () => {
    pool().intercept({ path: '/h' }).reply(200, '');
    const r = await checkHealth(`${ORIGIN}/h`, opts({ worker_check_uuid: '0b6e9a5c-1f2d-4c3b-9a8e-7d6c5b4a3f21' }));
    expect(r.checkId).toBe('0b6e9a5c-1f2d-4c3b-9a8e-7d6c5b4a3f21');
    expect(r.body).toBeNull();
  });
});

describe('validation: no request is sent', () => {
  it.each([
    ['not a UUID', { checkId: '42' }, /checkId must be a UUID .* got "42"; no request sent/],
    ['SQL in the id', { worker_check_uuid: "1' OR '1'='1" }, /checkId must be a UUID/],
    ['a number', { checkId: 7 as unknown as string }, /checkId must be a UUID .* got number/],
  ])('check id %s', async (_name, o, message) => {
    const r = await checkHealth(`${ORIGIN}/h`, opts(o));
    expect(r).toMatchObject({ ok: false, status: 'unhealthy', failureKind: 'validation', stopReason: 'invalid', attempts: [], checkId: null });
    expect(r.error?.code).toBe('RC_HEALTH_VALIDATION');
    expect(r.error?.message).toMatch(message);
    expect(calls()).toHaveLength(0);
  });

  it.each([
    ['a relative URL', '/health', /is not a valid absolute URL/],
    ['a file: URL', 'file:///etc/passwd', /scheme "file:" is not http: or https:/],
    ['a bad method', { url: `${ORIGIN}/h`, method: 'GET /admin' }, /is not an HTTP method/],
    ['an unknown key', { url: `${ORIGIN}/h`, timeout: 5 }, /unknown property "timeout"/],
    ['a header with CRLF', { url: `${ORIGIN}/h`, headers: { a: 'x\r\ny: z' } }, /must be a string without CR, LF or NUL/],
    ['a broken expect', { url: `${ORIGIN}/h`, expect: { status: 'ok' } }, /expect.status/],
    ['an unserialisable body', { url: `${ORIGIN}/h`, method: 'POST', body: { n: 1n } }, /body is not JSON-serialisable/],
    ['not a target at all', 42, /target must be a URL string or an object/],
    ['bad percent-encoding in credentials', 'http://user:%E0%A4%A@svc.test/h', /malformed percent-encoding in its credentials/],
  ])('target: %s', async (_name, target, message) => {
    const r = await checkHealth(target as never, opts());
    expect(r).toMatchObject({ failureKind: 'validation', attempts: [] });
    expect(r.error?.message).toMatch(message);
    expect(calls()).toHaveLength(0);
  });

  it('credentials never leak through a rejected target', async () => {
    for (const target of ['ftp://ops:hunter2@files.test/x', 'http://ops:hunter2@', { url: 'http://ops:hunter2@svc.test/h', method: 'B A D' }]) {
      const r = await checkHealth(target as never, opts());
      expect(r.failureKind).toBe('validation');
      expect(JSON.stringify(r)).not.toContain('hunter2');
    }
  });
});

describe('how answers are judged', () => {
  it('expect.status accepts a listed non-2xx code and rejects an unlisted 2xx', async () => {
    pool().intercept({ path: '/a' }).reply(418, 'teapot');
    pool().intercept({ path: '/b' }).reply(200, 'fine');
    expect((await checkHealth({ url: `${ORIGIN}/a`, expect: { status: [418] } }, opts())).ok).toBe(true);
    const r = await checkHealth({ url: `${ORIGIN}/b`, expect: { status: 204 } }, opts());
    expect(r).toMatchObject({ failureKind: 'http_status', stopReason: 'not_retryable', error: { message: 'unexpected status 200 (expected 204): fine' } });
  });

  it('bodyContains', async () => {
    pool().intercept({ path: '/h' }).reply(200, 'db=up cache=down').times(2);
    expect((await checkHealth(`${ORIGIN}/h`, opts({ expect: { bodyContains: 'db=up' } }))).ok).toBe(true);
    const r = await checkHealth(`${ORIGIN}/h`, opts({ expect: { bodyContains: 'queue=up' } }));
    expect(r).toMatchObject({ failureKind: 'invalid_response', error: { message: 'body does not contain "queue=up"' } });
  });

  it('maps the service\'s own status: degraded/warn → degraded, down/fail → unhealthy', async () => {
    const statuses = ['degraded', 'WARN', 'down', 'fail', 'pass', 'UP'];
    for (const s of statuses) pool().intercept({ path: `/${s}` }).reply(200, { status: s }, JSON_HEADERS);
    const got = [];
    for (const s of statuses) {
      const r = await checkHealth(`${ORIGIN}/${s}`, opts());
      got.push([s, r.status, r.failureKind]);
    }
    expect(got).toEqual([
      ['degraded', 'degraded', null],
      ['WARN', 'degraded', null],
      ['down', 'unhealthy', 'invalid_response'],
      ['fail', 'unhealthy', 'invalid_response'],
      ['pass', 'healthy', null],
      ['UP', 'healthy', null],
    ]);
  });

  it('a JSON body without a JSON content-type is still parsed; an empty body where JSON is expected is invalid', async () => {
    pool().intercept({ path: '/a' }).reply(200, '{"ok":true}', { headers: { 'content-type': 'text/plain' } });
    pool().intercept({ path: '/b' }).reply(200, '');
    expect((await checkHealth(`${ORIGIN}/a`, opts())).body).toEqual({ ok: true });
    const r = await checkHealth(`${ORIGIN}/b`, opts({ expect: { json: true } }));
    expect(r).toMatchObject({ failureKind: 'invalid_response', error: { message: 'body is empty, JSON expected' } });
  });

  it('long bodies are cut to 4 KiB in the result, and error messages stay short', async () => {
    const text = 'x'.repeat(50_000);
    pool().intercept({ path: '/a' }).reply(200, text);
    pool().intercept({ path: '/b' }).reply(500, text);
    const ok = await checkHealth(`${ORIGIN}/a`, opts());
    expect((ok.body as string).length).toBe(4097);
    const bad = await checkHealth(`${ORIGIN}/b`, opts({ maxRetries: 0 }));
    expect(bad.error!.message.length).toBeLessThanOrEqual(300);
    expect(bad.attempts[0]!.errorMessage!.length).toBeLessThanOrEqual(300);
  });

  it('HEAD reads no body', async () => {
    pool().intercept({ path: '/h', method: 'HEAD' }).reply(200, '');
    const r = await checkHealth({ url: `${ORIGIN}/h`, method: 'HEAD' }, opts());
    expect(r).toMatchObject({ ok: true, method: 'HEAD', body: null });
  });

  it('a non-object answer is not mistaken for a service status', async () => {
    pool().intercept({ path: '/h' }).reply(200, '["down"]', JSON_HEADERS);
    expect(await checkHealth(`${ORIGIN}/h`, opts())).toMatchObject({ ok: true, body: ['down'] });
  });
});

describe('what is retried', () => {
  it('POST is not retried without an idempotency key', async () => {
    pool().intercept({ path: '/h', method: 'POST' }).reply(503, '').times(3);
    const r = await checkHealth({ url: `${ORIGIN}/h`, method: 'POST' }, opts());
    expect(r).toMatchObject({ failureKind: 'http_status', stopReason: 'not_idempotent' });
    expect(r.stopDetail).toBe('POST is not retried without idempotencyKey or retryNonIdempotent');
    expect(calls()).toHaveLength(1);
  });

  it('POST is retried with idempotencyKey (sent on every attempt) or retryNonIdempotent', async () => {
    pool().intercept({ path: '/h', method: 'POST' }).reply(503, '').times(2);
    pool().intercept({ path: '/h', method: 'POST' }).reply(200, '');
    const r = await checkHealth({ url: `${ORIGIN}/h`, method: 'POST' }, opts({ idempotencyKey: 'run-7' }));
    expect(r.ok).toBe(true);
    expect(calls().map((c) => c.headers)).toEqual(Array(3).fill(expect.objectContaining({ 'idempotency-key': 'run-7' })));

    pool().intercept({ path: '/p', method: 'PUT' }).reply(502, '');
    pool().intercept({ path: '/p', method: 'PUT' }).reply(200, '');
    const put = await checkHealth({ url: `${ORIGIN}/p`, method: 'PUT' }, opts({ retryNonIdempotent: true }));
    expect(put.attempts).toHaveLength(2);
  });

  it('retryOn replaces the default list', async () => {
    pool().intercept({ path: '/h' }).reply(404, '');
    pool().intercept({ path: '/h' }).reply(503, '');
    const r = await checkHealth(`${ORIGIN}/h`, opts({ retryOn: [404] }));
    expect(r.attempts.map((a) => a.statusCode)).toEqual([404, 503]);
    expect(r.stopReason).toBe('not_retryable');
    expect(r.stopDetail).toBe('status 503 is not in retryOn');
  });

  it('invalid_response is retried only when listed', async () => {
    pool().intercept({ path: '/h' }).reply(200, 'not json').times(2);
    pool().intercept({ path: '/h' }).reply(200, '{}');
    const once = await checkHealth(`${ORIGIN}/h`, opts({ expect: { json: true } }));
    expect(once.attempts).toHaveLength(1);
    const retried = await checkHealth(`${ORIGIN}/h`, opts({ expect: { json: true }, retryOn: ['invalid_response'] }));
    expect(retried).toMatchObject({ ok: true, attempts: [{ outcome: 'invalid_response' }, { outcome: 'healthy' }] });
  });

  it('a network error is not retried when "network" is left out of retryOn', async () => {
    pool().intercept({ path: '/h' }).replyWithError(new Error('kaboom'));
    const r = await checkHealth(`${ORIGIN}/h`, opts({ retryOn: [503] }));
    expect(r).toMatchObject({ failureKind: 'network', stopReason: 'not_retryable', attempts: [{ errorMessage: 'kaboom' }] });
  });

  it('an unmatched request under disableNetConnect is a network failure, not an exception', async () => {
    const r = await checkHealth('http://elsewhere.test/h', opts({ maxRetries: 0 }));
    expect(r).toMatchObject({ failureKind: 'network', error: { code: 'UND_MOCK_ERR_MOCK_NOT_MATCHED' } });
  });
});

describe('injected clock', () => {
  it('durations and startedAt come from clock.now; waits go through clock.sleep', async () => {
    pool().intercept({ path: '/h' }).reply(503, '').times(2);
    pool().intercept({ path: '/h' }).reply(200, '');
    let t = Date.parse('2031-05-01T10:00:00Z');
    const slept: number[] = [];
    const r = await checkHealth(
      `${ORIGIN}/h`,
      opts({
        jitter: 'full',
        baseDelayMs: 1000,
        random: () => 0.5,
        clock: {
          now: () => (t += 10),
          sleep: async (ms) => {
            slept.push(ms);
            t += ms;
          },
        },
      }),
    );
    expect(slept).toEqual([500, 1000]);
    expect(r.attempts.map((a) => a.startedAt)).toEqual(['2031-05-01T10:00:00.020Z', '2031-05-01T10:00:00.540Z', '2031-05-01T10:00:01.560Z']);
    expect(r.attempts.every((a) => a.durationMs === 10)).toBe(true);
  });

  it('a sleep that ignores the signal still cannot start another attempt after an abort', async () => {
    pool().intercept({ path: '/h' }).reply(503, '').times(2);
    const ac = new AbortController();
    const r = await checkHealth(
      `${ORIGIN}/h`,
      opts({ signal: ac.signal, clock: { sleep: async () => ac.abort(new Error('stop now')) } }),
    );
    expect(r).toMatchObject({ failureKind: 'aborted', statusCode: 503, error: { message: 'aborted before attempt 2: stop now' } });
    expect(calls()).toHaveLength(1);
  });

  it('a wait that oversleeps past the deadline makes no further attempt', async () => {
    pool().intercept({ path: '/h' }).reply(503, '').times(2);
    let t = 0;
    const r = await checkHealth(
      `${ORIGIN}/h`,
      opts({ deadlineMs: 1000, baseDelayMs: 100, clock: { now: () => t, sleep: async () => void (t += 5000) } }),
    );
    expect(r).toMatchObject({ failureKind: 'http_status', stopReason: 'deadline', stopDetail: 'deadlineMs 1000 reached before attempt 2' });
    expect(calls()).toHaveLength(1);
  });

  it('a sleep that rejects (its own abort) ends the check as aborted', async () => {
    pool().intercept({ path: '/h' }).reply(503, '');
    const r = await checkHealth(`${ORIGIN}/h`, opts({ clock: { sleep: () => Promise.reject(new Error('shutdown')) } }));
    expect(r).toMatchObject({ failureKind: 'aborted', stopReason: 'aborted', error: { message: 'aborted during the 1 ms backoff wait: shutdown' } });
  });
});
