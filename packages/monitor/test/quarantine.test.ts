// The quarantine rules of createMonitor (moved from @readycheck/detectors' createQualityMonitor),
// over a real SQLite database: verdicts and exit-code thresholds, quarantine, refusal, release,
// per-agent metrics, and quarantining only on findings of high confidence.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReadycheckError } from '@readycheck/core';
import { agentSummaries, createMonitor, formatAgentTable, formatDuration, openMonitorDb, type Monitor } from '../src/index.js';

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

let dir: string;
let monitor: Monitor;
let time: ReturnType<typeof clock>;
beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rc-monitor-quarantine-'));
  time = clock();
  monitor = createMonitor({ db: await openMonitorDb('m.db', { cwd: dir }), now: time.now });
});
afterEach(async () => {
  await monitor.close();
  rmSync(dir, { recursive: true, force: true });
});

async function summaries() {
  const [agents, changes, releases] = await Promise.all([monitor.db.listAgents(), monitor.db.allChanges(), monitor.db.listReleases()]);
  return agentSummaries(agents, changes, releases);
}

describe('quarantine', () => {
  it('judges changes: clean, findings at or over the threshold, below it clean', async () => {
    expect(await monitor.reportChange({ agentId: 'a1', taskId: 'T1', path: 'src/a.ts', ...CLEAN })).toMatchObject({ verdict: 'clean', changeId: 1, taskId: 'T1' });
    const high = await monitor.reportChange({ agentId: 'a1', path: 'src/b.ts', ...HIGH });
    expect(high).toMatchObject({ verdict: 'findings', changeId: 2, quarantined: false });
    expect(high.findings.map((f) => f.ruleId)).toEqual(['stub-implementation']);
    const medium = await monitor.reportChange({ agentId: 'a1', path: 'src/c.ts', ...MEDIUM });
    expect(medium.verdict).toBe('clean');
    expect(medium.findings).toHaveLength(1);
    await expect(monitor.reportChange({ agentId: ' ', path: 'a.ts', ...CLEAN })).rejects.toMatchObject({ code: 'RC_USAGE' });
  });

  it('quarantines an agent on a critical finding, refuses its later changes with the reason, until released', async () => {
    const verdict = await monitor.reportChange({ agentId: 'agent-7', taskId: 'T9', path: 'src/agent.ts', ...DROP });
    expect(verdict).toMatchObject({ verdict: 'quarantined', quarantined: true });
    expect(verdict.reason).toBe('PLACEHOLDER_DROPPED in src/agent.ts:3: Placeholder comment replaced 3 lines of code (lines 3-5 of src/agent.ts).');
    expect((await monitor.agent('agent-7'))?.quarantine).toMatchObject({ changeId: 1, taskId: 'T9', findings: [{ ruleId: 'placeholder-comment', line: 3 }] });

    const refused = await monitor.reportChange({ agentId: 'agent-7', path: 'src/x.ts', ...CLEAN }).catch((e: unknown) => e);
    expect(isReadycheckError(refused, 'RC_AGENT_QUARANTINED')).toBe(true);
    expect((refused as { exitCode: number }).exitCode).toBe(3);
    expect((refused as Error).message).toContain('agent agent-7 is quarantined since 2026-01-01T00:00:00.000Z: PLACEHOLDER_DROPPED in src/agent.ts:3');
    // Other agents are not affected.
    expect((await monitor.reportChange({ agentId: 'other', path: 'src/y.ts', ...CLEAN })).verdict).toBe('clean');

    time.advance(90_000);
    expect(await monitor.release('agent-7', { by: 'alice', note: 'restored the methods' })).toEqual({
      agentId: 'agent-7',
      since: '2026-01-01T00:00:00.000Z',
      releasedAt: '2026-01-01T00:01:30.000Z',
      by: 'alice',
      note: 'restored the methods',
      reason: verdict.reason,
    });
    expect((await monitor.reportChange({ agentId: 'agent-7', path: 'src/x.ts', ...CLEAN })).verdict).toBe('clean');
    await expect(monitor.release('agent-7', { by: 'alice' })).rejects.toMatchObject({ code: 'RC_USAGE', message: expect.stringContaining('not quarantined') });
    await expect(monitor.release('agent-7', { by: ' ' })).rejects.toMatchObject({ code: 'RC_USAGE' });
  });

  it('a change of several files is one change; an unscannable file in it is critical', async () => {
    const judged = await monitor.reportChanges({
      agentId: 'multi',
      changes: [
        { path: 'src/a.ts', ...CLEAN },
        { path: 'src/big.ts', before: 'export const a = 1;\n', after: null, status: 'modified', unscannable: 'too-large: 3000000 bytes is over the limit of 2097152' },
      ],
    });
    expect(judged.verdict).toMatchObject({ changeId: 1, verdict: 'quarantined' });
    expect(judged.violations.map((v) => [v.file, v.ruleId, v.severity])).toEqual([['src/big.ts', 'unscannable', 'critical']]);
    expect((await monitor.db.allChanges())[0]).toMatchObject({ files: ['src/a.ts', 'src/big.ts'], verdict: 'quarantined', violations: 1 });
  });

  it('keeps per-agent metrics: changes, findings by category, rates, quarantines, time to release', async () => {
    await monitor.reportChange({ agentId: 'a', path: 'src/1.ts', ...CLEAN });
    await monitor.reportChange({ agentId: 'a', path: 'src/2.ts', ...MEDIUM });
    await monitor.reportChange({ agentId: 'a', path: 'src/3.ts', ...DROP });
    await expect(monitor.reportChange({ agentId: 'a', path: 'src/4.ts', ...CLEAN })).rejects.toMatchObject({ code: 'RC_AGENT_QUARANTINED' });
    time.advance(60_000);
    await monitor.release('a', { by: 'bob' });
    await monitor.reportChange({ agentId: 'a', path: 'src/5.ts', ...DROP });
    await monitor.reportChange({ agentId: 'b', path: 'src/6.ts', ...HIGH });
    const [a, b] = await summaries();
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
      quarantineFrequency: 50,
      quarantined: true,
      quarantineReason: expect.stringContaining('PLACEHOLDER_DROPPED in src/5.ts'),
      quarantinedSince: '2026-01-01T00:01:00.000Z',
      meanTimeToReleaseMs: 60_000,
      maxTimeToReleaseMs: 60_000,
      qualityScore: expect.any(Number),
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
    expect(agentSummaries([], [], [])).toEqual([]);
  });
});

describe('the quarantine acts on critical findings of high confidence only', () => {
  const change = (after: string) => ({ path: 'src/keys.ts', before: 'export const a = 1;\n', after });
  const j = (...parts: string[]) => parts.join('');
  const AWS = j('AKIA', 'Z7Q2LMN4PRT5VWX3');

  it('a provider key in source quarantines; the same key in a test file (medium confidence) is a finding only', async () => {
    const inTest = await monitor.reportChange({ agentId: 'a', ...change(`export const k = "${AWS}";\n`), path: 'src/keys.test.ts' });
    expect(inTest.findings.map((v) => [v.ruleId, v.severity, v.confidence])).toEqual([['hardcoded-secret', 'critical', 'medium']]);
    expect(inTest.verdict).toBe('findings');
    const inSource = await monitor.reportChange({ agentId: 'a', ...change(`export const k = "${AWS}";\n`) });
    expect(inSource.verdict).toBe('quarantined');
  });

  it('request data in a shell command quarantines; a value of unknown origin does not', async () => {
    const cp = 'import { execSync } from "node:child_process";\nimport { DIR } from "./dirs";\n';
    expect((await monitor.reportChange({ agentId: 'b', ...change(`${cp}execSync(\`ls \${DIR}\`);\n`) })).verdict).toBe('clean');
    expect((await monitor.reportChange({ agentId: 'b', ...change(`${cp}app.get("/", (req) => execSync(\`ls \${req.query.d}\`));\n`) })).verdict).toBe('quarantined');
  });
});
