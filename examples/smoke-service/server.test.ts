// The bundled example service: real node:http, started the way `npm run demo` starts it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@readycheck/smoke';
import type { SmokeReport } from '@readycheck/core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const server = path.join(here, 'server.mjs');

function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [server, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.once('line', (line) => {
      const m = /^listening (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (m) resolve({ child, url: m[1]! });
      else reject(new Error(`unexpected first line: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

describe('examples/smoke-service', () => {
  let svc: { child: ChildProcess; url: string };
  beforeAll(async () => {
    svc = await start(['--port', '0']);
  });
  afterAll(async () => {
    if (svc.child.exitCode === null) {
      svc.child.kill('SIGTERM');
      await exitOf(svc.child);
    }
  });

  const get = async (p: string, init?: RequestInit) => {
    const r = await fetch(`${svc.url}${p}`, init);
    return { status: r.status, body: (await r.json()) as unknown };
  };

  it('serves health, readiness, dependency checks and workers', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get('/health/ready')).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', queue: 'ok' } } });
    const checks = await get('/api/health/checks');
    expect((checks.body as { checks: { name: string; status: string }[] }).checks.find((c) => c.name === 'cache')?.status).toBe('degraded');
    expect((await get('/api/workers')).body).toHaveLength(3);
  });

  it('has a flaky endpoint (odd calls per key fail) and a slow one', async () => {
    expect([(await get('/api/flaky?key=t')).status, (await get('/api/flaky?key=t')).status, (await get('/api/flaky?key=t')).status]).toEqual([503, 200, 503]);
    const t0 = performance.now();
    expect(await get('/api/slow?ms=120')).toEqual({ status: 200, body: { status: 'ok', waitedMs: 120 } });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(110);
  });

  it('creates items, rejects bad bodies, answers 404 in JSON', async () => {
    const post = (body: string) => get('/api/items', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(await post('{"name":"x"}')).toMatchObject({ status: 201, body: { name: 'x' } });
    expect(await post('{')).toEqual({ status: 400, body: { error: 'body must be JSON' } });
    expect(await post('{}')).toEqual({ status: 400, body: { error: 'name is required' } });
    expect(await get('/nope')).toEqual({ status: 404, body: { error: 'not found', path: '/nope' } });
  });

  it('passes its own health suite, as `npm run demo` runs it', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'rc-demo-'));
    try {
      let stdout = '';
      const io = { cwd: root, env: {}, isTTY: false, stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stdout += t) };
      const code = await main(['examples/smoke-service/smoke', '--category', 'health', '--base-url', svc.url, '--out', out], io);
      expect(stdout).toContain('4 passed, 0 failed of 4');
      expect(code).toBe(0);
      const report = JSON.parse(await readFile(path.join(out, 'smoke-report.json'), 'utf8')) as SmokeReport;
      // Every health check passes; the cache says it is degraded, and the matrix says so too.
      expect(report.results.extra!.matrix.categories.health!.state).toBe('degraded');
      expect(report.results.extra!.matrix.components.cache!.state).toBe('degraded');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('ui and workers: the dashboard passes, and with --ui-console-error fails with a screenshot; job updates stream over WebSocket', async () => {
    const flagged = await start(['--port', '0', '--ui-console-error']);
    const out = await mkdtemp(path.join(os.tmpdir(), 'rc-live-'));
    try {
      const runLive = async (url: string, dir: string) => {
        let stdout = '';
        const io = { cwd: root, env: { PATH: process.env.PATH }, isTTY: false, stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stdout += t) };
        const code = await main(['examples/smoke-service/smoke', '--category', 'ui,workers', '--base-url', url, '--out', dir, '--reporter', 'json'], io);
        const report = JSON.parse(await readFile(path.join(dir, 'smoke-report.json'), 'utf8')) as SmokeReport;
        return { code, stdout, byId: Object.fromEntries(report.results.tests.map((t) => [t.extra.id, t])) };
      };
      const good = await runLive(svc.url, path.join(out, 'good'));
      expect(good.code).toBe(0);
      expect(good.byId['dashboard-loads']!.status).toBe('passed');
      expect(good.byId['dashboard-filter-export']!.extra.attachments).toEqual([{ name: 'page', value: expect.objectContaining({ downloads: ['workers.csv'] }) }]);
      expect(good.byId['job-updates']!.extra.attachments).toEqual([{ name: 'websocket', value: expect.objectContaining({ received: 4, matched: 3 }) }]);
      const bad = await runLive(flagged.url, path.join(out, 'bad'));
      expect(bad.code).toBe(1);
      expect(bad.byId['dashboard-loads']!.message).toBe('page /dashboard: console error: chart failed to render: no data for series "throughput"');
      expect(bad.byId['dashboard-loads']!.extra.attachments.map((a) => a.name)).toEqual(['screenshot', 'console']);
      expect(bad.byId['dashboard-filter-export']!.rawStatus).toBe('blocked');
      expect(bad.byId['job-updates']!.status).toBe('passed');
    } finally {
      flagged.child.kill('SIGTERM');
      await exitOf(flagged.child);
      await rm(out, { recursive: true, force: true });
    }
  }, 90_000);

  it('stops on SIGTERM even with a request in flight, and rejects a bad port', async () => {
    const other = await start(['--port', '0']);
    const pending = fetch(`${other.url}/api/slow?ms=10000`).catch((err: unknown) => err);
    await new Promise((r) => setTimeout(r, 100));
    other.child.kill('SIGTERM');
    expect(await exitOf(other.child)).toBe(0);
    expect(await pending).toBeInstanceOf(Error);
    const bad = spawn(process.execPath, [server, '--port', 'abc'], { stdio: 'ignore' });
    expect(await exitOf(bad)).toBe(2);
  });
});
