import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReadycheckError, validate } from '@readycheck/core';
import { createQualityMonitor, type QualityMonitor } from './monitor.js';
import { computeAgentMetrics, formatAgentTable, formatDuration } from './metrics.js';
import { createJsonFileStore, createMemoryStore } from './store.js';

const CLEAN = { before: 'export const a = 1;\n', after: 'export const a = 2;\n' };
const MEDIUM = { before: 'export const a = 1;\n', after: 'export const a = x as any;\n' };
const HIGH = { before: 'export const a = 1;\n', after: 'export function f(): number {\n  throw new Error("Not implemented");\n}\n' };
const DROP = {
  before: 'class A {\n  start() { run(); }\n  stop() {\n    halt();\n  }\n}\n',
  after: 'class A {\n  start() { run(); }\n  // ... (other agent methods)\n}\n',
};

function clock(startIso = '2026-01-01T00:00:00.000Z') {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

describe('quality monitor', () => {
  let monitor: QualityMonitor;
  let time: ReturnType<typeof clock>;
  beforeEach(() => {
    time = clock();
    monitor = createQualityMonitor({ store: createMemoryStore(), now: time.now });
  });

  it('judges changes: clean is 0, findings at or over the threshold 1, below it clean', async () => {
    expect(await monitor.reportChange({ agentId: 'a1', taskId: 'T1', path: 'src/a.ts', ...CLEAN })).toMatchObject({ verdict: 'clean', exitCode: 0, changeId: 1, taskId: 'T1' });
    const high = await monitor.reportChange({ agentId: 'a1', path: 'src/b.ts', ...HIGH });
    expect(high).toMatchObject({ verdict: 'findings', exitCode: 1, changeId: 2 });
    expect(high.violations.map((v) => v.ruleId)).toEqual(['stub-implementation']);
    const medium = await monitor.reportChange({ agentId: 'a1', path: 'src/c.ts', ...MEDIUM });
    expect(medium).toMatchObject({ verdict: 'clean', exitCode: 0 });
    expect(medium.violations).toHaveLength(1);
  });

  it('quarantines an agent on a critical finding, refuses its later changes with the reason, until released', async () => {
    const verdict = await monitor.reportChange({ agentId: 'agent-7', taskId: 'T9', path: 'src/agent.ts', ...DROP });
    expect(verdict).toMatchObject({ verdict: 'quarantined', exitCode: 3 });
    expect(verdict.reason).toBe('PLACEHOLDER_DROPPED in src/agent.ts:3: Placeholder comment replaced 3 lines of code (lines 3-5 of src/agent.ts).');
    expect(await monitor.quarantineOf('agent-7')).toMatchObject({ changeId: 1, taskId: 'T9', findings: [{ ruleId: 'placeholder-comment', line: 3 }] });

    const refused = await monitor.reportChange({ agentId: 'agent-7', path: 'src/x.ts', ...CLEAN }).catch((e: unknown) => e);
    expect(isReadycheckError(refused, 'RC_AGENT_QUARANTINED')).toBe(true);
    expect((refused as { exitCode: number }).exitCode).toBe(3);
    expect((refused as Error).message).toContain('agent agent-7 is quarantined since 2026-01-01T00:00:00.000Z: PLACEHOLDER_DROPPED in src/agent.ts:3');

    // Other agents are not affected.
    expect((await monitor.reportChange({ agentId: 'other', path: 'src/y.ts', ...CLEAN })).verdict).toBe('clean');

    time.advance(90_000);
    const release = await monitor.release('agent-7', { by: 'alice', note: 'restored the methods' });
    expect(release).toEqual({
      since: '2026-01-01T00:00:00.000Z',
      releasedAt: '2026-01-01T00:01:30.000Z',
      by: 'alice',
      note: 'restored the methods',
      reason: verdict.reason,
    });
    expect((await monitor.reportChange({ agentId: 'agent-7', path: 'src/x.ts', ...CLEAN })).verdict).toBe('clean');
    await expect(monitor.release('agent-7', { by: 'alice' })).rejects.toMatchObject({ code: 'RC_USAGE', message: expect.stringContaining('not quarantined') });
    await expect(monitor.release('agent-7', { by: ' ' })).rejects.toMatchObject({ code: 'RC_USAGE' });
    await expect(monitor.reportChange({ agentId: '', path: 'a.ts', ...CLEAN })).rejects.toMatchObject({ code: 'RC_USAGE' });
  });

  it('keeps per-agent metrics: changes, findings by category, rates, quarantines, time to release', async () => {
    await monitor.reportChange({ agentId: 'a', path: 'src/1.ts', ...CLEAN });
    await monitor.reportChange({ agentId: 'a', path: 'src/2.ts', ...MEDIUM });
    await monitor.reportChange({ agentId: 'a', path: 'src/3.ts', ...DROP });
    await monitor.reportChange({ agentId: 'a', path: 'src/4.ts', ...CLEAN }).catch(() => undefined);
    time.advance(60_000);
    await monitor.release('a', { by: 'bob' });
    await monitor.reportChange({ agentId: 'a', path: 'src/5.ts', ...DROP });
    await monitor.reportChange({ agentId: 'b', path: 'src/6.ts', ...HIGH });
    const [a, b] = await monitor.metrics();
    expect(a).toEqual({
      agentId: 'a',
      changes: 4,
      refused: 1,
      violations: 3,
      violationsByCategory: { PLACEHOLDER_DROPPED: 2, TYPE_SAFETY: 1 },
      violationRate: 0.75,
      cleanChanges: 2,
      cleanChangeRate: 0.5,
      quarantines: 2,
      quarantined: true,
      quarantineReason: expect.stringContaining('PLACEHOLDER_DROPPED in src/5.ts'),
      quarantinedSince: '2026-01-01T00:01:00.000Z',
      meanTimeToReleaseMs: 60_000,
      maxTimeToReleaseMs: 60_000,
      lastChangeAt: '2026-01-01T00:01:00.000Z',
    });
    expect(b).toMatchObject({ agentId: 'b', changes: 1, cleanChangeRate: 0, quarantines: 0, quarantined: false, meanTimeToReleaseMs: null });
    const table = formatAgentTable([a!, b!]);
    expect(table.split('\n')[0]).toMatch(/^agent\s+status\s+changes\s+clean\s+findings\/change/);
    expect(table).toContain('QUARANTINED');
    expect(table).toContain('1 min');
    expect(table).toContain('PLACEHOLDER_DROPPED 2, TYPE_SAFETY 1');
    expect(formatAgentTable([])).toBe('No agent has reported a change yet.\n');
  });

  it('formats durations for people', () => {
    expect([850, 42_000, 720_000, 12_600_000, 190_000_000].map(formatDuration)).toEqual(['850 ms', '42 s', '12 min', '3.5 h', '2.2 d']);
    expect(computeAgentMetrics({ version: 1, agents: {}, changes: [] })).toEqual([]);
  });
});

describe('JSON-file store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rc-monitor-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a schema-valid store and reads it back in a new monitor', async () => {
    const file = path.join(dir, '.readycheck', 'agents.json');
    const first = createQualityMonitor({ store: file });
    await first.reportChange({ agentId: 'a', path: 'src/a.ts', ...DROP });
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(validate('quality-agents', data, file).valid).toBe(true);
    const second = createQualityMonitor({ store: file });
    await expect(second.reportChange({ agentId: 'a', path: 'src/b.ts', ...CLEAN })).rejects.toMatchObject({ code: 'RC_AGENT_QUARANTINED' });
    expect((await second.metrics())[0]).toMatchObject({ changes: 1, refused: 1 });
  });

  it('concurrent updates in one process are serialised by the lock: none is lost', async () => {
    const store = createJsonFileStore(path.join(dir, 'agents.json'));
    const monitor = createQualityMonitor({ store });
    await Promise.all(Array.from({ length: 12 }, (_, i) => monitor.reportChange({ agentId: `a${i % 3}`, path: `src/${i}.ts`, ...CLEAN })));
    const state = await store.read();
    expect(state.changes.map((c) => c.id).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('an invalid store file is a one-line error naming the file and pointer', async () => {
    const file = path.join(dir, 'agents.json');
    writeFileSync(file, '{ "version": 1, "agents": {}, "changes": [ { "id": 0 } ] }');
    await expect(createJsonFileStore(file).read()).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID', message: expect.stringMatching(/agents\.json:1: \/changes\/0.*not a quality-scan agent store/) });
    writeFileSync(file, '{ nope');
    await expect(createJsonFileStore(file).read()).rejects.toMatchObject({ code: 'RC_CONFIG_INVALID' });
  });

  // The lock itself is tested with 1,100 records from 10 processes in core (lock.test.ts); this is
  // the same through the agent store and real gate verdicts, kept smaller for CI time.
  it('5 real processes reporting at once, after a planted dead-process lock, lose no gate record', async () => {
    const file = path.join(dir, 'agents.json');
    const child = fileURLToPath(new URL('./__tests__/report-child.mjs', import.meta.url));
    const perProcess = 20;
    const agentIds = Array.from({ length: 5 }, (_, i) => `agent-${i}`);
    const exited = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: Number(exited.stdout), host: hostname(), id: 'planted' }));
    const procs = agentIds.map((agent) => {
      const p = spawn(process.execPath, [child, file, agent, String(perProcess)], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      p.stdout.on('data', (c: Buffer) => (out += c.toString()));
      p.stderr.on('data', (c: Buffer) => (err += c.toString()));
      const ready = new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (out.includes('ready')) {
            clearInterval(timer);
            resolve();
          }
        }, 20);
        p.on('exit', (code) => {
          clearInterval(timer);
          if (!out.includes('ready')) reject(new Error(`child exited ${code}: ${err}`));
        });
      });
      const exited = new Promise<{ code: number | null; out: string; err: string }>((resolve) => p.on('exit', (code) => resolve({ code, out, err })));
      return { p, ready, exited };
    });
    await Promise.all(procs.map((x) => x.ready));
    // Both are loaded and waiting: start them together so their reports interleave.
    for (const x of procs) x.p.stdin.write('go\n');
    const results = await Promise.all(procs.map((x) => x.exited));
    for (const r of results) {
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`done ${perProcess}`);
    }
    const state = await createJsonFileStore(file).read();
    expect(state.changes).toHaveLength(agentIds.length * perProcess);
    expect(state.changes.map((c) => c.id)).toEqual(Array.from({ length: agentIds.length * perProcess }, (_, i) => i + 1));
    const byAgent = (id: string) => state.changes.filter((c) => c.agentId === id).map((c) => c.taskId);
    for (const id of agentIds) expect(byAgent(id)).toEqual(Array.from({ length: perProcess }, (_, i) => `task-${i}`));
  }, 120_000);
});
