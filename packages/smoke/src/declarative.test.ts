import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandCheckFn, healthBudgetMs, healthCheckFn, httpCheckFn, tcpAddress, tcpCheckFn } from './declarative.js';
import { describeFailure, resolveUrl } from './http.js';
import { runPlan } from './runner.js';
import { def, plan, repoRoot } from './__tests__/helpers.js';

let server: http.Server;
let base: string;
let hits = 0;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits++;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/health') return json(200, { status: 'ok' });
    if (req.url === '/degraded') return json(200, { status: 'degraded' });
    if (req.url === '/flap') return hits % 2 ? json(503, { error: 'busy' }) : json(200, { status: 'ok' });
    if (req.url === '/echo' && req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => json(201, { got: JSON.parse(body) as unknown, auth: req.headers.authorization }));
      return undefined;
    }
    return json(404, { error: 'not found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function runOne(fn: ReturnType<typeof httpCheckFn>, baseUrl = base) {
  const { tests } = await runPlan(plan([def('c', { run: fn, kind: 'http' })]), { baseUrl });
  return tests[0]!;
}

describe('declarative http checks', () => {
  it('sends method, headers and JSON body and checks status and body schema', async () => {
    const ok = await runOne(
      httpCheckFn({
        type: 'http',
        name: 'post',
        method: 'post',
        path: '/echo',
        headers: { authorization: 'Bearer t' },
        body: { n: 1 },
        expect: { status: 201, bodySchema: { type: 'object', required: ['got'], properties: { auth: { const: 'Bearer t' } } } },
      }),
    );
    expect(ok.status).toBe('passed');
    expect(ok.extra.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('fails with a one-line reason and attaches the response', async () => {
    const r = await runOne(httpCheckFn({ type: 'http', name: 'missing', url: `${base}/missing`, expect: { status: 200 } }));
    expect(r.status).toBe('failed');
    expect(r.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/missing http_status \(HTTP 404\)/);
    expect(r.extra.attachments).toEqual([{ name: 'response', value: { statusCode: 404, failureKind: 'http_status', latencyMs: expect.any(Number), body: { error: 'not found' } } }]);
    const schema = await runOne(httpCheckFn({ type: 'http', name: 's', path: '/health', expect: { bodySchema: { type: 'object', required: ['version'] } } }));
    expect(schema.status).toBe('failed');
    expect(schema.message).toContain('invalid_response');
  });

  it('needs a base URL for a path', async () => {
    const { tests } = await runPlan(plan([def('c', { run: httpCheckFn({ type: 'http', name: 'x', path: '/health' }) })]));
    expect(tests[0]!.message).toBe('relative URL "/health" needs a base URL (--base-url or the suite\'s baseUrl)');
  });
});

describe('declarative health checks', () => {
  it('uses the client retries, and passes a degraded service marking it degraded', async () => {
    const flap = await runOne(healthCheckFn({ type: 'health', name: 'h', path: '/flap', maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5, jitter: 'none' }));
    expect(flap.status).toBe('passed');
    const degraded = await runOne(healthCheckFn({ type: 'health', name: 'd', path: '/degraded', expect: { status: 200 } }));
    expect(degraded.status).toBe('passed');
    expect(degraded.extra.degraded).toBe(`${base}/degraded reports degraded`);
    const viaHttp = await runOne(httpCheckFn({ type: 'http', name: 'd', path: '/degraded' }));
    expect(viaHttp).toMatchObject({ status: 'passed', extra: { degraded: `${base}/degraded reports degraded` } });
    const down = await runOne(healthCheckFn({ type: 'health', name: 'x', path: '/nope' }));
    expect(down.status).toBe('failed');
  });

  it('budgets the runner timeout over the retries and waits', () => {
    expect(healthBudgetMs({ type: 'health', name: 'h', timeoutMs: 100, maxRetries: 2, maxDelayMs: 50 })).toBe(1400);
    // The health client's defaults: 3 attempts of 30 s, waits of at most 10 s.
    expect(healthBudgetMs({ type: 'health', name: 'h' })).toBe(30_000 * 3 + 10_000 * 2 + 1000);
  });
});

describe('declarative tcp and command checks', () => {
  it('tcp: connects to host:port, or the base URL host and port; refused is a failure', async () => {
    const port = Number(new URL(base).port);
    expect(tcpAddress({ type: 'tcp', name: 't' }, base)).toEqual({ host: '127.0.0.1', port });
    expect(tcpAddress({ type: 'tcp', name: 't' }, 'https://example.com')).toEqual({ host: 'example.com', port: 443 });
    expect(() => tcpAddress({ type: 'tcp', name: 't' }, undefined)).toThrow('needs host and port');
    expect((await runOne(tcpCheckFn({ type: 'tcp', name: 't' }))).status).toBe('passed');
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const refused = await runOne(tcpCheckFn({ type: 'tcp', name: 't', host: '127.0.0.1', port: closed }));
    expect(refused.message).toBe(`127.0.0.1:${closed} does not accept connections (ECONNREFUSED)`);
  });

  it('command: exit code, output regex, env, and output attached on failure', async () => {
    const run = (c: Parameters<typeof commandCheckFn>[0]) => runPlan(plan([def('c', { run: commandCheckFn(c, repoRoot), env: { WHO: 'smoke' } })])).then((r) => r.tests[0]!);
    expect((await run({ type: 'command', name: 'c', command: 'echo hello $WHO', outputMatches: '^hello smoke$' })).status).toBe('passed');
    expect((await run({ type: 'command', name: 'c', command: 'exit 4', expectExitCode: 4 })).status).toBe('passed');
    const wrong = await run({ type: 'command', name: 'c', command: 'echo oops; exit 1' });
    expect(wrong.message).toBe('"echo oops; exit 1" exited with 1, expected 0: oops');
    expect(wrong.extra.attachments).toEqual([{ name: 'output', value: 'oops\n' }]);
    const nomatch = await run({ type: 'command', name: 'c', command: 'echo nope', outputMatches: 'yes' });
    expect(nomatch.message).toBe('output of "echo nope" does not match /yes/: nope');
    const slow = await runPlan(plan([def('c', { timeoutMs: 100, run: commandCheckFn({ type: 'command', name: 'c', command: 'sleep 10' }, repoRoot) })]));
    expect(slow.tests[0]!.rawStatus).toBe('timedOut');
  });
});

describe('URL helpers', () => {
  it('joins paths onto the base URL like ofetch and keeps absolute URLs', () => {
    expect(resolveUrl('/health', 'http://h:1/api/')).toBe('http://h:1/api/health');
    expect(resolveUrl('health', 'http://h:1')).toBe('http://h:1/health');
    expect(resolveUrl('https://other/x', 'http://h:1')).toBe('https://other/x');
    expect(resolveUrl(new URL('http://u/v'), undefined)).toBe('http://u/v');
  });

  it('describes a failed result in one line', () => {
    expect(
      describeFailure({
        ok: false,
        status: 'unhealthy',
        failureKind: 'timeout',
        statusCode: null,
        error: { code: 'RC_HEALTH_TIMEOUT', message: 'attempt timed out after 10 ms' },
        stopReason: 'retries_exhausted',
        stopDetail: null,
        url: 'http://h/x',
        method: 'GET',
        checkId: null,
        attempts: [],
        latencyMs: null,
        totalDurationMs: 30,
        body: null,
      }),
    ).toBe('GET http://h/x timeout: attempt timed out after 10 ms');
  });
});
