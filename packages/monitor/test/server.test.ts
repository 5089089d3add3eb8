import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validate } from '@readycheck/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createMonitor, createQualityClient, openMonitorDb, startMonitorServer, type MonitorServer, type Monitor } from '../src/index.js';
import { freshDatabase } from './pg-util.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const SECRET = 'export const key = "sk_live_51HxQ2aKb3c4D5e6F7g8H9i0Jk";\n';
const CLEAN_BEFORE = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const CLEAN_AFTER = 'export function add(a: number, b: number): number {\n  return b + a;\n}\n';

async function start(kind: 'sqlite' | 'postgres', extra: Partial<Parameters<typeof startMonitorServer>[0]> = {}): Promise<{ server: MonitorServer; monitor: Monitor }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-srv-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const db = await openMonitorDb(kind === 'sqlite' ? path.join(dir, 'monitor.db') : await freshDatabase(), { cwd: dir });
  const monitor = createMonitor({ db });
  cleanups.push(() => monitor.close());
  const server = await startMonitorServer({ monitor, port: 0, ...extra });
  cleanups.push(() => server.close());
  return { server, monitor };
}

const post = (url: string, body: unknown, token?: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe.each(['sqlite', 'postgres'] as const)('monitor server on %s', (kind) => {
  it('report → verdict → quarantine → refused (423) → release → accepted', async () => {
    const { server } = await start(kind);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const clean = await post(`${server.url}/api/changes`, { agentId: 'bot-1', taskId: 'T1', path: 'src/add.ts', before: CLEAN_BEFORE, after: CLEAN_AFTER });
    expect(clean.status).toBe(200);
    const cleanVerdict = await clean.json();
    expect(validate('monitor-verdict', cleanVerdict, 'verdict').valid).toBe(true);
    expect(cleanVerdict).toMatchObject({ verdict: 'clean', quarantined: false, findings: [], taskId: 'T1' });

    const bad = await (await post(`${server.url}/api/changes`, { agentId: 'bot-1', path: 'src/key.ts', before: null, after: SECRET })).json();
    expect(validate('monitor-verdict', bad, 'verdict').valid).toBe(true);
    expect(bad).toMatchObject({ verdict: 'quarantined', quarantined: true });
    expect(bad.findings[0]).toMatchObject({ ruleId: 'hardcoded-secret', severity: 'critical', confidence: 'high', file: 'src/key.ts', line: 1 });
    expect(bad.findings[0].excerpt).toContain('sk_live_');

    const refused = await post(`${server.url}/api/changes`, { agentId: 'bot-1', path: 'src/add.ts', before: CLEAN_BEFORE, after: CLEAN_AFTER });
    expect(refused.status).toBe(423);
    expect((await refused.json()).error).toMatch(/bot-1 is quarantined since .*hardcoded|SECURITY/);

    const agents = await (await fetch(`${server.url}/api/agents`)).json();
    expect(agents.items).toMatchObject([{ agentId: 'bot-1', status: 'quarantined' }]);

    const release = await post(`${server.url}/api/agents/bot-1/release`, { by: 'ops', note: 'key rotated' });
    expect(release.status).toBe(200);
    expect(await release.json()).toMatchObject({ by: 'ops', note: 'key rotated' });
    expect((await post(`${server.url}/api/agents/bot-1/release`, { by: 'ops' })).status).toBe(409);

    const again = await post(`${server.url}/api/changes`, { agentId: 'bot-1', path: 'src/add.ts', before: CLEAN_BEFORE, after: CLEAN_AFTER });
    expect(again.status).toBe(200);

    const one = await (await fetch(`${server.url}/api/agents/bot-1?limit=2`)).json();
    expect(one.history).toMatchObject({ total: 4, limit: 2 });
    expect(one.history.items.map((c: { verdict: string }) => c.verdict)).toEqual(['clean', 'refused']);
    const violations = await (await fetch(`${server.url}/api/violations?agent=bot-1&severity=critical`)).json();
    expect(violations.total).toBe(1);
    const metrics = await (await fetch(`${server.url}/api/metrics?bucket=day`)).json();
    expect(metrics.agents[0]).toMatchObject({ agentId: 'bot-1', changes: 3, refused: 1, quarantines: 1, cleanChanges: 2 });
    expect(metrics.agents[0].meanTimeToReleaseMs).toBeGreaterThanOrEqual(0);
    expect(metrics.series.length).toBeGreaterThan(0);
  });

  it('50 concurrent agents × 20 changes: no record lost, every verdict returned', async () => {
    const { server, monitor } = await start(kind, { rateLimit: { perSecond: 1000, burst: 1000 } });
    const verdicts = await Promise.all(
      Array.from({ length: 50 }, async (_, a) => {
        const out: string[] = [];
        for (let i = 0; i < 20; i++) {
          const res = await post(`${server.url}/api/changes`, { agentId: `agent-${a}`, path: `src/f${i}.ts`, before: CLEAN_BEFORE, after: i % 5 === 4 ? `${CLEAN_AFTER}// TODO: later\n` : CLEAN_AFTER });
          out.push(((await res.json()) as { verdict: string }).verdict);
        }
        return out;
      }),
    );
    expect(verdicts.flat()).toHaveLength(1000);
    expect(verdicts.flat().every((v) => v === 'clean' || v === 'findings')).toBe(true);
    expect((await monitor.db.listChanges({ limit: 1, offset: 0 })).total).toBe(1000);
    expect(await monitor.db.listAgents()).toHaveLength(50);
  });
});

describe('security and limits', () => {
  it('needs both tokens beyond loopback', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-srv-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const monitor = createMonitor({ db: await openMonitorDb(path.join(dir, 'm.db'), { cwd: dir }) });
    cleanups.push(() => monitor.close());
    await expect(startMonitorServer({ monitor, host: '0.0.0.0', port: 0 })).rejects.toThrow(/beyond loopback.*token/);
  });

  it('checks tokens, validates bodies with a JSON pointer, limits body size, rate and page size', async () => {
    const { server } = await start('sqlite', { agentToken: 'agent-secret', operatorToken: 'op-secret', rateLimit: { perSecond: 1, burst: 3 } });
    const body = { agentId: 'x', path: 'a.ts', before: 'a;\n', after: 'b;\n' };
    expect((await post(`${server.url}/api/changes`, body)).status).toBe(401);
    expect((await post(`${server.url}/api/changes`, body, 'wrong')).status).toBe(401);
    expect((await fetch(`${server.url}/api/agents`)).status).toBe(401);
    const bad = await post(`${server.url}/api/changes`, { agentId: 'x y', path: 'a.ts', after: 'b' }, 'agent-secret');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ pointer: '/agentId' });
    const extra = await post(`${server.url}/api/changes`, { ...body, evil: 1 }, 'agent-secret');
    expect(extra.status).toBe(400);
    expect((await post(`${server.url}/api/changes`, '{not json', 'agent-secret')).status).toBe(400);
    const huge = await post(`${server.url}/api/changes`, { ...body, after: 'x'.repeat(2 * 1024 * 1024 + 10) }, 'agent-secret');
    expect(huge.status).toBe(413);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await post(`${server.url}/api/changes`, body, 'agent-secret')).status);
    expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
    expect(codes).toContain(429);
    expect((await post(`${server.url}/api/agents/x/release`, { by: 'me' }, 'agent-secret')).status).toBe(403);
    const page = await fetch(`${server.url}/api/violations?limit=101`, { headers: { authorization: 'Bearer agent-secret' } });
    expect(page.status).toBe(400);
    expect(await page.json()).toMatchObject({ pointer: '/query/limit' });
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('the client reports, reads status and gets quarantine/release pushed over WebSocket', async () => {
    const { server } = await start('sqlite');
    const client = createQualityClient({ url: server.url, agentId: 'c1' });
    cleanups.push(() => client.close());
    const quarantined = new Promise((resolve) => client.on('quarantined', resolve));
    const released = new Promise((resolve) => client.on('released', resolve));
    const violation = new Promise((resolve) => client.on('violation', resolve));
    await new Promise((r) => setTimeout(r, 200)); // the socket connects
    expect(await client.status()).toEqual({ status: 'active', quarantine: null });
    const v = await client.reportChange({ path: 'src/k.ts', after: SECRET });
    expect(v.quarantined).toBe(true);
    expect(await quarantined).toMatchObject({ type: 'quarantined', agentId: 'c1' });
    expect(await violation).toMatchObject({ finding: { ruleId: 'hardcoded-secret' } });
    await expect(client.reportChange({ path: 'src/a.ts', after: 'a;\n' })).rejects.toMatchObject({ code: 'RC_AGENT_QUARANTINED', quarantine: { changeId: v.changeId } });
    expect((await client.status()).status).toBe('quarantined');
    await post(`${server.url}/api/agents/c1/release`, { by: 'ops' });
    expect(await released).toMatchObject({ type: 'released', by: 'ops' });
  });

  it('accepts a unified diff instead of after', async () => {
    const { server } = await start('sqlite');
    const diff = '--- a/src/add.ts\n+++ b/src/add.ts\n@@ -1,3 +1,3 @@\n export function add(a: number, b: number): number {\n-  return a + b;\n+  return a + b as any;\n }\n';
    const res = await post(`${server.url}/api/changes`, { agentId: 'd1', path: 'src/add.ts', before: CLEAN_BEFORE, diff });
    const v = await res.json();
    expect(res.status).toBe(200);
    expect(v.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('explicit-any');
    const mismatch = await post(`${server.url}/api/changes`, { agentId: 'd1', path: 'src/add.ts', before: 'other\n', diff });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ pointer: '/diff' });
  });
});
