import type { ServerResponse } from 'node:http';
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createHealthClient, nonPublicAddressKind, type HealthClient } from './index.js';
import { closeAll, json, startServer } from './__tests__/loopback.js';

const clients: HealthClient[] = [];
const client = (...args: Parameters<typeof createHealthClient>): HealthClient => {
  const c = createHealthClient(...args);
  clients.push(c);
  return c;
};
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await closeAll();
});

describe('8. checkMany', () => {
  it('1,000 targets at concurrency 50: never more than 50 in flight, 1,000 results in input order', async () => {
    // The server holds answers until 50 requests wait (or 50 ms pass, for the tail), so the
    // client's real concurrency shows as the server's peak in-flight count.
    let held: Array<() => void> = [];
    const release = (): void => {
      const batch = held;
      held = [];
      for (const send of batch) send();
    };
    let timer: NodeJS.Timeout | undefined;
    const lb = await startServer((req, res) => {
      const n = Number(req.url!.split('/').pop());
      held.push(() => json(res, 200, { n }));
      clearTimeout(timer);
      if (held.length >= 50) release();
      else timer = setTimeout(release, 50);
    });
    const c = client({ maxRetries: 0, timeoutMs: 5000 });
    const targets = Array.from({ length: 1000 }, (_, i) => `${lb.origin}/t/${i}`);
    const results = await c.checkMany(targets, { concurrency: 50 });
    clearTimeout(timer);
    expect(results).toHaveLength(1000);
    expect(results.every((r, i) => r.ok && (r.body as { n: number }).n === i && r.url === targets[i])).toBe(true);
    expect(lb.requests).toBe(1000);
    expect(lb.maxInFlight).toBe(50);
    // Keep-alive: far fewer sockets than requests.
    expect(lb.connections).toBeLessThanOrEqual(64);
  });

  it("a caller's signal with concurrency 30: no MaxListenersExceededWarning, and aborting it still aborts every check", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const lb = await startServer((_req, res) => setTimeout(() => json(res, 200, {}), 20));
      const c = client({ maxRetries: 0, timeoutMs: 5000 });
      const ac = new AbortController();
      const ok = await c.checkMany(Array.from({ length: 60 }, () => lb.origin), { concurrency: 30, signal: ac.signal });
      expect(ok.every((r) => r.ok)).toBe(true);
      const slow = await startServer(() => undefined);
      const pending = c.checkMany(Array.from({ length: 30 }, () => slow.origin), { concurrency: 30, signal: ac.signal });
      setTimeout(() => ac.abort(new Error('stop')), 50);
      const aborted = await pending;
      expect(aborted.map((r) => r.failureKind)).toEqual(Array.from({ length: 30 }, () => 'aborted'));
      // Warnings are emitted on the next tick.
      await new Promise((r) => setImmediate(r));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('concurrency 1 is strictly sequential; an empty list gives an empty array', async () => {
    const lb = await startServer((_req, res) => setTimeout(() => json(res, 200, {}), 2));
    const c = client({ maxRetries: 0 });
    const results = await c.checkMany(Array.from({ length: 10 }, () => lb.url), { concurrency: 1 });
    expect(results.map((r) => r.ok)).toEqual(Array(10).fill(true));
    expect(lb.maxInFlight).toBe(1);
    expect(await c.checkMany([], { concurrency: 5 })).toEqual([]);
  });

  it('bad targets become validation results in place; bad options throw before any request', async () => {
    const lb = await startServer((_req, res) => json(res, 200, {}));
    const c = client({ maxRetries: 0 });
    const results = await c.checkMany([lb.url, 'ftp://x', lb.url], { concurrency: 2 });
    expect(results.map((r) => r.failureKind)).toEqual([null, 'validation', null]);
    await expect(c.checkMany([lb.url], { concurrency: 0 })).rejects.toThrow(/"concurrency" must be an integer >= 1/);
    await expect(c.checkMany([lb.url], { concurrency: 2, timeoutMs: -1 })).rejects.toMatchObject({ code: 'RC_HEALTH_INVALID_OPTION' });
    await expect(c.checkMany('http://x' as never)).rejects.toThrow(/targets must be an array/);
    expect(lb.requests).toBe(2);
  });

  it('stops handing out targets after a check throws', async () => {
    const lb = await startServer((_req, res) => json(res, 503, {}));
    const c = client({ jitter: 'full', random: () => 2 });
    await expect(c.checkMany([lb.url, lb.url, lb.url, lb.url], { concurrency: 1 })).rejects.toThrow(/"random" must return a number in \[0, 1\)/);
    expect(lb.requests).toBe(1);
  });
});

describe('client', () => {
  it('check() merges client defaults with per-call overrides, aliases included', async () => {
    const lb = await startServer((_req, res) => json(res, 503, {}));
    const c = client({ timeout_ms: 1000, max_retries: 3, baseDelayMs: 1, jitter: 'none' });
    expect((await c.check(lb.url)).attempts).toHaveLength(4);
    expect((await c.check(lb.url, { maxRetries: 0 })).attempts).toHaveLength(1);
    expect((await c.check(lb.url, { max_retries: 1, timeoutMs: 500 })).attempts).toHaveLength(2);
    await expect(c.check(lb.url, { jitter: 'wild' as 'none' })).rejects.toThrow(/"jitter"/);
    await expect(c.check(lb.url, { connections: 3 } as never)).rejects.toThrow(/"connections" is unknown/);
  });

  it('reuses keep-alive sockets across checks', async () => {
    const lb = await startServer((_req, res) => json(res, 200, {}));
    const c = client();
    for (let i = 0; i < 20; i++) expect((await c.check(lb.url)).ok).toBe(true);
    // undici may open a second socket when the next request is dispatched in the same tick the
    // previous one completes; never one per check.
    expect(lb.connections).toBeLessThanOrEqual(2);
  });

  it('close() closes its own agent, is idempotent, and later calls reject', async () => {
    const lb = await startServer((_req, res) => json(res, 200, {}));
    const c = client();
    await c.check(lb.url);
    await c.close();
    await c.close();
    await expect(c.check(lb.url)).rejects.toMatchObject({ code: 'RC_USAGE', message: 'health client is closed' });
    await expect(c.checkMany([lb.url])).rejects.toMatchObject({ code: 'RC_USAGE' });
    await expect(c.postResult(lb.url, {})).rejects.toMatchObject({ code: 'RC_USAGE' });
  });

  it('a dispatcher passed in is used and not closed by close()', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get('http://svc.test').intercept({ path: '/h' }).reply(200, 'up').times(2);
    const c = client({ dispatcher: agent });
    expect((await c.check('http://svc.test/h')).ok).toBe(true);
    await c.close();
    // Still open: the second interceptor answers a direct check with the same agent.
    const again = createHealthClient({ dispatcher: agent });
    expect((await again.check('http://svc.test/h')).ok).toBe(true);
    await again.close();
    await agent.close();
  });
});

describe('postResult: callback URL security', () => {
  const received: unknown[] = [];
  const sink = (res: ServerResponse, body: string): void => {
    received.push(JSON.parse(body));
    json(res, 202, { accepted: true });
  };
  const startSink = () =>
    startServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => sink(res, body));
    });

  it('posts JSON to an exactly listed origin (explicitly allowed, even on loopback)', async () => {
    received.length = 0;
    const lb = await startSink();
    const c = client({ allowedOrigins: [lb.origin] });
    const r = await c.postResult(`${lb.origin}/callback?run=1`, { ok: true, checks: 3 });
    expect(r).toMatchObject({ ok: true, method: 'POST', statusCode: 202, body: { accepted: true } });
    expect(received).toEqual([{ ok: true, checks: 3 }]);
  });

  it('does not retry a failed post unless given an idempotency key', async () => {
    let n = 0;
    const lb = await startServer((req, res) => {
      req.resume();
      req.on('end', () => (++n === 1 ? json(res, 503, {}) : json(res, 200, {})));
    });
    const c = client({ allowedOrigins: [lb.origin], baseDelayMs: 1 });
    expect(await c.postResult(lb.url, {})).toMatchObject({ ok: false, stopReason: 'not_idempotent' });
    n = 0;
    expect(await c.postResult(lb.url, {}, { idempotencyKey: 'cb-1' })).toMatchObject({ ok: true, attempts: [{}, {}] });
  });

  it.each([
    ['no allowedOrigins at all', undefined, (o: string) => `${o}/cb`, /allowedOrigins is empty/],
    ['an origin not listed', ['https://hooks.example.com'], (o: string) => `${o}/cb`, /origin http:\/\/127\.0\.0\.1:\d+ is not in allowedOrigins/],
    ['another port of a listed host', 'same-host-other-port', (o: string) => `${o.replace(/:\d+$/, ':1')}/cb`, /is not in allowedOrigins/],
    ['https vs http', 'https', (o: string) => `${o}/cb`, /is not in allowedOrigins/],
    ['credentials in the URL', 'listed', (o: string) => o.replace('http://', 'http://admin:pw@'), /URLs with credentials are never posted to/],
    ['a file: URL', 'listed', () => 'file:///etc/passwd', /scheme "file:" is not http: or https:/],
    ['a javascript: URL', 'listed', () => 'javascript:alert(1)', /scheme "javascript:"/],
    ['not a URL', 'listed', () => '//evil', /not a valid absolute URL/],
    ['not a string', 'listed', () => 42 as unknown as string, /not a URL string/],
  ])('refuses %s before any connection', async (_name, allowed, urlOf, message) => {
    const lb = await startSink();
    const allowedOrigins =
      allowed === 'listed' || allowed === 'same-host-other-port'
        ? [lb.origin]
        : allowed === 'https'
          ? [lb.origin.replace('http:', 'https:')]
          : (allowed as string[] | undefined);
    const c = client(allowedOrigins ? { allowedOrigins } : {});
    const call = c.postResult(urlOf(lb.origin), { secret: 'x' });
    await expect(call).rejects.toMatchObject({ code: 'RC_CALLBACK_REFUSED' });
    await expect(call).rejects.toThrow(message);
    expect(lb.connections).toBe(0);
  });

  it('a wildcard-matched host that resolves to a private, loopback or link-local address is refused', async () => {
    for (const [address, kind] of [
      ['127.0.0.1', 'loopback'],
      ['10.1.2.3', 'private'],
      ['169.254.169.254', 'link-local'],
      ['::ffff:192.168.0.1', 'private'],
      ['fd00::1', 'private (unique local)'],
    ] as const) {
      const c = client({
        allowedOrigins: ['https://*.hooks.example'],
        lookup: async () => [
          { address: '203.0.113.7', family: 4 },
          { address, family: address.includes(':') ? 6 : 4 },
        ],
      });
      await expect(c.postResult('https://ci.hooks.example/cb', {})).rejects.toThrow(
        `callback URL "https://ci.hooks.example" refused: ci.hooks.example resolves to ${address}, a ${kind} address`,
      );
    }
  });

  it('a wildcard covers one label only, and an unresolvable host is refused', async () => {
    const c = client({
      allowedOrigins: ['https://*.hooks.example'],
      lookup: async (host) => {
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      },
    });
    await expect(c.postResult('https://a.b.hooks.example/cb', {})).rejects.toThrow(/is not in allowedOrigins/);
    await expect(c.postResult('https://hooks.example/cb', {})).rejects.toThrow(/is not in allowedOrigins/);
    await expect(c.postResult('https://ci.hooks.example/cb', {})).rejects.toThrow(/host does not resolve \(getaddrinfo ENOTFOUND ci.hooks.example\)/);
    const empty = client({ allowedOrigins: ['https://*.hooks.example'], lookup: async () => [] });
    await expect(empty.postResult('https://ci.hooks.example/cb', {})).rejects.toThrow(/host does not resolve$/);
  });

  it('allowPrivateNetwork lets a wildcard-matched private host through', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get('https://ci.hooks.example').intercept({ path: '/cb', method: 'POST' }).reply(200, '');
    const c = client({ allowedOrigins: ['https://*.hooks.example'], allowPrivateNetwork: true, lookup: async () => [{ address: '10.0.0.5', family: 4 }] });
    const r = await c.postResult('https://ci.hooks.example/cb', { a: 1 }, { dispatcher: agent });
    expect(r.ok).toBe(true);
    await agent.close();
  });

  it('re-checks the address at connect time, so DNS rebinding cannot reach a private host', async () => {
    const lb = await startSink();
    const port = new URL(lb.origin).port;
    let lookups = 0;
    const c = client({
      allowedOrigins: [`http://*.hooks.example:${port}`],
      maxRetries: 0,
      // First answer (vetting) is public; the second (the connect) points at loopback.
      lookup: async () => (lookups++ === 0 ? [{ address: '203.0.113.7', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]),
    });
    const r = await c.postResult(`http://ci.hooks.example:${port}/cb`, { rebinding: true });
    expect(lookups).toBe(2);
    expect(r).toMatchObject({ ok: false, failureKind: 'network', error: { code: 'RC_CALLBACK_REFUSED' } });
    expect(r.error?.message).toContain('ci.hooks.example resolves to 127.0.0.1, a loopback address');
    expect(lb.connections).toBe(0);
  });

  it('a payload that is not JSON-serialisable is a typed error', async () => {
    const lb = await startSink();
    const c = client({ allowedOrigins: [lb.origin] });
    await expect(c.postResult(lb.url, { n: 1n })).rejects.toMatchObject({ code: 'RC_HEALTH_INVALID_OPTION' });
    expect(lb.connections).toBe(0);
  });
});

describe('nonPublicAddressKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['169.254.169.254', 'link-local'],
    ['192.0.0.8', 'IETF protocol'],
    ['198.18.0.1', 'benchmarking'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:c0a8:0101::1', 'private'],
    ['fc00::1', 'private (unique local)'],
    ['fe80::1%eth0', 'link-local'],
    ['fec0::1', 'private (site-local)'],
    ['ff02::1', 'multicast'],
    ['::7f00:1', 'loopback'],
    ['::1.2.3.4', 'IPv4-compatible'],
    ['example.com', 'not an IP address'],
  ])('%s is %s', (address, kind) => {
    expect(nonPublicAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '203.0.113.7', '2606:4700::1111', '::ffff:8.8.8.8', '2001:db8::1'])('%s is public', (address) => {
    expect(nonPublicAddressKind(address)).toBeNull();
  });
});
