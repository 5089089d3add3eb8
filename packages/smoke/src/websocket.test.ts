// The websocket check kind against real `ws` servers on 127.0.0.1 (issue #20).
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { validate, type SmokeReport } from '@readycheck/core';
import { runWebSocket, wsUrl } from './websocket.js';
import { main } from './cli.js';
import { fakeIO, inlineProject } from './__tests__/helpers.js';

const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    for (const c of s.clients) c.terminate();
    await new Promise((r) => s.close(r));
  }
});

/** A ws server on 127.0.0.1:0 running `onConnection`; returns its http base URL. */
async function serve(onConnection: (socket: WebSocket, headers: Record<string, string | string[] | undefined>) => void): Promise<string> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (protocols) => (protocols.has('v1') ? 'v1' : false) });
  servers.push(wss);
  wss.on('connection', (socket, req) => onConnection(socket, req.headers));
  await new Promise((r) => wss.once('listening', r));
  return `http://127.0.0.1:${(wss.address() as AddressInfo).port}`;
}

const env = (baseUrl: string, timeoutMs = 3000) => ({ baseUrl, signal: AbortSignal.timeout(timeoutMs), timeoutMs });
const updateSchema = { type: 'object', required: ['type', 'n'], properties: { type: { const: 'update' }, n: { type: 'number' } } };

describe('websocket checks against real servers', () => {
  it('a server that answers: headers and subprotocol arrive, three updates match the schema, connect and first-message times reported', async () => {
    const seen: { token?: unknown; protocol?: string; got?: string } = {};
    const base = await serve((socket, headers) => {
      seen.token = headers['x-token'];
      seen.protocol = socket.protocol;
      socket.on('message', (m) => {
        seen.got = m.toString();
        for (let n = 1; n <= 3; n++) setTimeout(() => socket.send(JSON.stringify({ type: 'update', n })), n * 10);
      });
    });
    const r = await runWebSocket('/live', { headers: { 'x-token': 's3cret' }, protocols: ['v1'], send: [{ subscribe: 'jobs' }], expect: { messageSchema: updateSchema, messages: 3, withinMs: 2000 } }, env(base));
    expect(seen).toEqual({ token: 's3cret', protocol: 'v1', got: '{"subscribe":"jobs"}' });
    expect(r.matched).toBe(3);
    expect(r.messages).toEqual([{ type: 'update', n: 1 }, { type: 'update', n: 2 }, { type: 'update', n: 3 }]);
    expect(r.connectMs).toBeGreaterThanOrEqual(0);
    expect(r.firstMessageMs).toBeGreaterThanOrEqual(5);
  });

  it('a server that never sends: fails when the window ends, saying no message came', async () => {
    const base = await serve(() => undefined);
    await expect(runWebSocket('/live', { expect: { messageContains: 'ready', withinMs: 300 } }, env(base))).rejects.toThrow(
      'expected 1 matching message within 300 ms: no message came',
    );
  });

  it('a server that closes with an error code: the code and reason are in the failure', async () => {
    const base = await serve((socket) => socket.close(1011, 'worker crashed'));
    await expect(runWebSocket('/live', { expect: { messageContains: 'ready' } }, env(base))).rejects.toThrow(
      'expected 1 matching message before the server closed the connection (code 1011 "worker crashed"): no message came',
    );
  });

  it('a server that sends the wrong shape: fails naming the schema pointer', async () => {
    const base = await serve((socket) => socket.send(JSON.stringify({ type: 'update', n: 'seven' })));
    await expect(runWebSocket('/live', { expect: { messageSchema: updateSchema, withinMs: 400 } }, env(base))).rejects.toThrow(
      'expected 1 matching message within 400 ms: 0 of 1 message matched; the last one fails messageSchema at /n: must be number',
    );
  });

  it('connecting is enough without expect; a refused upgrade and a non-ws URL are one-line errors', async () => {
    const base = await serve(() => undefined);
    const r = await runWebSocket('/live', {}, env(base));
    expect(r.messages).toEqual([]);
    expect(wsUrl('/a/b', 'https://h.example/api/')).toBe('wss://h.example/api/a/b');
    expect(() => wsUrl('http://h/x', undefined)).toThrow('"http://h/x" is not a ws:// or wss:// URL');
    await expect(runWebSocket('/live', { protocols: ['v2'] }, env(base))).rejects.toThrow(/WebSocket ws:\/\/127\.0\.0\.1:\d+\/live: Server sent no subprotocol/);
  });

  it('declarative `type: websocket` in a YAML suite and ctx.ws in a TS suite: a schema-valid report with connect and first-message times', async () => {
    const base = await serve((socket) => socket.on('message', () => socket.send(JSON.stringify({ type: 'update', n: 1 }))));
    const p = await inlineProject({
      'smoke/live.smoke.yaml': [
        'name: live',
        'checks:',
        '  - { type: websocket, name: updates flow, category: workers, path: /live, send: [hello], expect: { messageContains: update } }',
        '  - { type: websocket, name: wrong shape, category: workers, path: /live, send: [hello], expect: { messageSchema: { type: object, required: [missing] }, withinMs: 300 } }',
      ].join('\n'),
      'smoke/ctx.smoke.ts': [
        "import { check } from '@readycheck/smoke';",
        "check('ctx.ws', { category: 'workers' }, async (ctx) => { const r = await ctx.ws('/live', { send: ['x'], expect: { messages: 1 } }); ctx.attach('n', r.matched); });",
      ].join('\n'),
    });
    try {
      const io = fakeIO(p.dir);
      const code = await main(['--base-url', base, '--reporter', 'json'], io);
      expect(io.err).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(await readFile(path.join(p.dir, 'reports/smoke-report.json'), 'utf8')) as SmokeReport;
      expect(validate('smoke-report', report, 'smoke-report.json').issues).toEqual([]);
      const byId = Object.fromEntries(report.results.tests.map((t) => [t.extra.id, t]));
      expect(byId['updates flow']!.status).toBe('passed');
      const seen = byId['updates flow']!.extra.attachments.find((a) => a.name === 'websocket')!.value as Record<string, number>;
      expect(seen).toMatchObject({ received: 1, matched: 1 });
      expect(typeof seen.connectMs).toBe('number');
      expect(typeof seen.firstMessageMs).toBe('number');
      expect(byId['wrong shape']!.message).toBe(
        'expected 1 matching message within 300 ms: 0 of 1 message matched; the last one fails messageSchema at /: missing required property "missing"',
      );
      expect(byId['ctx.ws']!.status).toBe('passed');
      expect(byId['ctx.ws']!.extra.attachments).toEqual([{ name: 'n', value: 1 }]);
    } finally {
      await p.cleanup();
    }
  });
});
