import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthClient, type HealthClient } from '@readycheck/health';
import { createSmokeHttp, resolveUrl } from './http.js';

let server: Server;
let baseUrl: string;
let client: HealthClient;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url?.endsWith('/down')) {
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  client = createHealthClient({});
});
afterAll(async () => {
  await client.close();
  await new Promise((r) => server.close(r));
});

describe('ctx.http', () => {
  it('resolves paths against the base URL, keeps absolute URLs, and names a missing base', () => {
    expect(resolveUrl('/health', 'http://h/api/')).toBe('http://h/api/health');
    expect(resolveUrl('health', 'http://h')).toBe('http://h/health');
    expect(resolveUrl('https://x.test/a', 'http://h')).toBe('https://x.test/a');
    expect(() => resolveUrl('/health', undefined)).toThrowError(/needs a base URL/);
  });

  it('accepts the snake_case aliases orchestrators send instead of clashing with its defaults', async () => {
    const http = createSmokeHttp({ client, baseUrl, signal: new AbortController().signal, timeoutMs: 5000 });
    const r = await http.check('/health', { timeout_ms: 2000, max_retries: 1 });
    expect(r).toMatchObject({ ok: true, status: 'healthy', statusCode: 200 });
  });

  it('does not retry by default (the runner retries whole checks) and expectOk throws one line', async () => {
    const http = createSmokeHttp({ client, baseUrl, signal: new AbortController().signal, timeoutMs: 5000 });
    const before = hits;
    const r = await http.check('/down');
    expect(r).toMatchObject({ ok: false, failureKind: 'http_status', statusCode: 503 });
    expect(hits - before).toBe(1);
    await expect(http.expectOk('/down')).rejects.toThrowError(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/down http_status \(HTTP 503\)/);
  });
});
