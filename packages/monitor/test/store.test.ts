import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openMonitorDb, type MonitorDb, type NewFinding } from '../src/index.js';
import { freshDatabase } from './pg-util.js';

const dirs: string[] = [];
const dbs: MonitorDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-store-'));
  dirs.push(d);
  return d;
};

const finding = (over: Partial<NewFinding> = {}): NewFinding => ({
  ruleId: 'hardcoded-secret',
  category: 'SECURITY',
  severity: 'critical',
  confidence: 'high',
  file: 'src/a.ts',
  line: 3,
  message: 'secret',
  excerpt: 'const key = "sk_live_…"',
  ...over,
});

const kinds = [
  ['sqlite', async (cwd: string) => openMonitorDb('.readycheck/monitor.db', { cwd })],
  ['postgres', async (cwd: string) => openMonitorDb(await freshDatabase(), { cwd })],
] as const;

describe.each(kinds)('%s store', (kind, open) => {
  const openDb = async (cwd = tmp()) => {
    const db = await open(cwd);
    dbs.push(db);
    return db;
  };

  it('migrates once, records changes, quarantines, refuses and releases', async () => {
    const db = await openDb();
    expect(db.kind).toBe(kind);
    expect(await db.migrate()).toBe(1); // a second migrate is a no-op
    const at = '2026-01-01T00:00:00.000Z';
    const clean = await db.recordChange({ agentId: 'a1', taskId: 'T1', at, files: ['src/a.ts'], verdict: 'clean', findings: [], snapshots: [{ path: 'src/a.ts', content: 'x' }] });
    expect(clean).toMatchObject({ refused: false, change: { id: 1, verdict: 'clean', violations: 0 } });
    const bad = await db.recordChange({
      agentId: 'a1',
      taskId: null,
      at: '2026-01-01T00:01:00.000Z',
      files: ['src/a.ts'],
      verdict: 'quarantined',
      findings: [finding(), finding({ severity: 'low', ruleId: 'warning-comment', category: 'STYLE' })],
      quarantineReason: 'SECURITY in src/a.ts:3: secret',
      quarantineFindings: [finding()],
    });
    expect(bad.change).toMatchObject({ id: 2, violations: 2, bySeverity: { critical: 1, low: 1 }, byCategory: { SECURITY: 1, STYLE: 1 } });
    const refused = await db.recordChange({ agentId: 'a1', taskId: null, at: '2026-01-01T00:02:00.000Z', files: ['src/b.ts'], verdict: 'clean', findings: [] });
    expect(refused).toMatchObject({ refused: true, change: { verdict: 'refused' }, quarantine: { reason: 'SECURITY in src/a.ts:3: secret', changeId: 2 } });
    expect((await db.getAgent('a1'))?.quarantine?.since).toBe('2026-01-01T00:01:00.000Z');
    expect(await db.getSnapshot('a1', 'src/a.ts')).toBe('x');
    expect(await db.getSnapshot('a1', 'src/none.ts')).toBeUndefined();

    const critical = await db.listFindings({ minSeverity: 'critical', limit: 10, offset: 0 });
    expect(critical.total).toBe(1);
    expect(critical.items[0]).toMatchObject({ agentId: 'a1', changeId: 2, ruleId: 'hardcoded-secret', line: 3, excerpt: 'const key = "sk_live_…"' });
    expect((await db.listFindings({ since: '2026-01-01T00:05:00.000Z', limit: 10, offset: 0 })).total).toBe(0);

    const released = await db.release('a1', { by: 'ops', note: 'fixed', at: '2026-01-01T00:03:00.000Z' });
    expect(released).toEqual({ agentId: 'a1', since: '2026-01-01T00:01:00.000Z', releasedAt: '2026-01-01T00:03:00.000Z', by: 'ops', note: 'fixed', reason: 'SECURITY in src/a.ts:3: secret' });
    expect(await db.release('a1', { by: 'ops', note: null, at: '2026-01-01T00:04:00.000Z' })).toBeNull();
    const page = await db.listChanges({ agentId: 'a1', limit: 2, offset: 0 });
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.id)).toEqual([3, 2]);
    expect(await db.listReleases('a1')).toHaveLength(1);
  });

  it('imports an existing .readycheck/agents.json on first start, once', async () => {
    const cwd = tmp();
    mkdirSync(path.join(cwd, '.readycheck'));
    const since = '2026-02-01T10:00:00.000Z';
    writeFileSync(
      path.join(cwd, '.readycheck/agents.json'),
      JSON.stringify({
        version: 1,
        agents: {
          bot: {
            quarantine: { since, reason: 'SECURITY in x.ts:1: secret', changeId: 2, findings: [{ ruleId: 'hardcoded-secret', category: 'SECURITY', severity: 'critical', file: 'x.ts', line: 1, message: 'secret' }] },
            releases: [{ since: '2026-02-01T09:00:00.000Z', releasedAt: '2026-02-01T09:30:00.000Z', by: 'ann', reason: 'old' }],
          },
        },
        changes: [
          { id: 1, agentId: 'bot', at: '2026-02-01T08:00:00.000Z', files: ['x.ts'], verdict: 'clean', violations: 0, byCategory: {}, bySeverity: { critical: 0, high: 0, medium: 0, low: 0 } },
          { id: 2, agentId: 'bot', at: since, files: ['x.ts'], verdict: 'quarantined', violations: 1, byCategory: { SECURITY: 1 }, bySeverity: { critical: 1, high: 0, medium: 0, low: 0 } },
        ],
      }),
    );
    const messages: string[] = [];
    const db = await (kind === 'sqlite' ? openMonitorDb('.readycheck/monitor.db', { cwd, onImport: (m) => messages.push(m) }) : openMonitorDb(await freshDatabase(), { cwd, onImport: (m) => messages.push(m) }));
    dbs.push(db);
    expect(messages).toEqual(['imported 2 changes from .readycheck/agents.json']);
    expect((await db.getAgent('bot'))?.quarantine).toMatchObject({ since, changeId: 2 });
    expect((await db.listChanges({ limit: 10, offset: 0 })).total).toBe(2);
    expect(await db.listReleases()).toMatchObject([{ agentId: 'bot', by: 'ann' }]);
    expect((await db.listFindings({ limit: 10, offset: 0 })).items).toMatchObject([{ changeId: 2, ruleId: 'hardcoded-secret' }]);
    if (kind === 'sqlite') {
      await db.close();
      dbs.pop();
      const again: string[] = [];
      const reopened = await openMonitorDb('.readycheck/monitor.db', { cwd, onImport: (m) => again.push(m) });
      dbs.push(reopened);
      expect(again).toEqual([]);
      expect((await reopened.listChanges({ limit: 10, offset: 0 })).total).toBe(2);
    }
  });

  it('refuses a corrupt agents.json with the file and the JSON pointer', async () => {
    const cwd = tmp();
    mkdirSync(path.join(cwd, '.readycheck'));
    writeFileSync(path.join(cwd, '.readycheck/agents.json'), JSON.stringify({ version: 1, agents: {}, changes: [{ id: 'x' }] }));
    await expect(open(cwd)).rejects.toThrow(/agents\.json.*\/changes\/0/);
  });

  it('serialises concurrent quarantining changes: exactly one wins, the rest are refused', async () => {
    const db = await openDb();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.recordChange({ agentId: 'racer', taskId: null, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), files: [`f${i}.ts`], verdict: 'quarantined', findings: [finding()], quarantineReason: `r${i}`, quarantineFindings: [finding()] }),
      ),
    );
    expect(results.filter((r) => !r.refused)).toHaveLength(1);
    expect(results.filter((r) => r.refused)).toHaveLength(19);
    expect((await db.listChanges({ limit: 100, offset: 0 })).total).toBe(20);
  });
});
