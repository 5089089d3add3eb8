import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { attachWebhooks, createMonitor, openMonitorDb } from '../src/index.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

it('posts quarantine and release to webhooks with a Slack-compatible text, retrying a failing hook', async () => {
  const bodies: Array<{ text: string; event: { type: string } }> = [];
  let calls = 0;
  const hook = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c));
    req.on('end', () => {
      calls++;
      if (calls === 1) {
        res.writeHead(503).end(); // the first post fails: health's client retries it
        return;
      }
      bodies.push(JSON.parse(text));
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => hook.close(() => r())));
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/slack`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-hooks-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const monitor = createMonitor({ db: await openMonitorDb(path.join(dir, 'm.db'), { cwd: dir }) });
  cleanups.push(() => monitor.close());
  const errors: string[] = [];
  const detach = attachWebhooks(monitor, { urls: [url], onError: (m) => errors.push(m), client: { baseDelayMs: 10, jitter: 'none' } });
  await monitor.reportChange({ agentId: 'w1', path: 'k.ts', after: 'export const key = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n' });
  await monitor.release('w1', { by: 'ops', note: 'rotated' });
  await detach();
  expect(errors).toEqual([]);
  // The first post was retried, so it may arrive after the second.
  const byType = Object.fromEntries(bodies.map((b) => [b.event.type, b.text]));
  expect(Object.keys(byType).sort()).toEqual(['quarantined', 'released']);
  expect(byType.quarantined).toMatch(/agent w1 is QUARANTINED .*SECURITY_RISK in k\.ts:1/);
  expect(byType.released).toMatch(/agent w1 was released by ops \(rotated\)/);
  expect(calls).toBe(3);
});

it('refuses a webhook outside the allowed origins before connecting', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-hooks-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const monitor = createMonitor({ db: await openMonitorDb(path.join(dir, 'm.db'), { cwd: dir }) });
  cleanups.push(() => monitor.close());
  const errors: string[] = [];
  const detach = attachWebhooks(monitor, { urls: ['http://169.254.169.254/latest'], allowedOrigins: ['https://hooks.example.com'], onError: (m) => errors.push(m) });
  await monitor.reportChange({ agentId: 'w2', path: 'k.ts', after: 'export const key = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n' });
  await detach();
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/refused: origin http:\/\/169\.254\.169\.254 is not in allowedOrigins/);
});
