import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validate, type SmokeReport, type SmokeReportTypes } from '@readycheck/core';
import {
  DEFAULT_HISTORY_FILE,
  appendHistory,
  attachHistory,
  computeTrend,
  historyEntryOf,
  historyReporter,
  outcomeOf,
  parseHistory,
  passRateOf,
  readHistory,
  runIdOf,
  type HistoryEntry,
} from './history.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/smoke-reports/', import.meta.url));
const load = async (name: string) => JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as SmokeReport;

function entry(runId: string, checks: Record<string, SmokeReportTypes.CheckOutcome>, passRate = 1): HistoryEntry {
  const summary = { tests: 0, passed: 0, failed: 0, flaky: 0, blocked: 0, skipped: 0 };
  for (const o of Object.values(checks)) {
    summary.tests++;
    summary[o]++;
  }
  return { v: 1, runId, start: Number(runId.replace(/\D/g, '')) || 0, passRate, summary, checks };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rc-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('history entries', () => {
  it('summarise a run: outcome per check, counts, pass rate, run id', async () => {
    const report = await load('mixed.json');
    const e = historyEntryOf(report);
    expect(e.runId).toBe(report.reportId);
    expect(e.start).toBe(report.results.summary.start);
    expect(e.passRate).toBe(report.results.extra!.passRate);
    expect(e.checks).toMatchObject({
      'health.live': 'passed',
      'health.ready': 'flaky',
      'api.users.list': 'failed',
      'workers.queue-drain': 'failed',
      'api.users.create': 'blocked',
      'ui.login': 'skipped',
    });
    expect(e.summary).toEqual({ tests: 12, passed: 7, failed: 3, flaky: 1, blocked: 1, skipped: 1 });
    const line = { ...e };
    const check = validate(
      'smoke-report',
      { ...report, results: { ...report.results, extra: { ...report.results.extra!, history: computeTrend([], line) } } },
      'x',
    );
    expect(check.valid).toBe(true);
  });

  it('fall back to the start time and passed/(passed+failed) when the report has no id or rate', async () => {
    const report = await load('mixed.json');
    const bare: SmokeReport = { ...report, results: { ...report.results } };
    delete bare.reportId;
    delete bare.results.extra;
    expect(runIdOf(bare)).toBe(String(report.results.summary.start));
    expect(passRateOf(bare)).toBeCloseTo(7 / 10);
    expect(passRateOf({ ...bare, results: { ...bare.results, summary: { ...bare.results.summary, passed: 0, failed: 0 } } })).toBe(1);
  });

  it('maps every status to an outcome', async () => {
    const report = await load('mixed.json');
    const byId = new Map(report.results.tests.map((t) => [t.extra.id, t]));
    expect(outcomeOf(byId.get('ui.login')!)).toBe('skipped');
    expect(outcomeOf({ ...byId.get('ui.login')!, status: 'other', rawStatus: 'interrupted' })).toBe('skipped');
    expect(outcomeOf(byId.get('api.users.create')!)).toBe('blocked');
  });
});

describe('history file', () => {
  it('appends one line per run, creating the directory, and reads them back in order', async () => {
    const file = path.join(dir, '.smoke', 'history.jsonl');
    expect(await readHistory(file)).toEqual({ entries: [], warnings: [] });
    const a = entry('run-1', { x: 'passed' });
    const b = entry('run-2', { x: 'failed' }, 0);
    await appendHistory(file, a);
    await appendHistory(file, b);
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect((await readHistory(file)).entries).toEqual([a, b]);
  });

  it('skips damaged lines with a file:line warning and keeps the rest', () => {
    const good = JSON.stringify(entry('run-1', { x: 'passed' }));
    const text = [
      good,
      '{"v":1, truncated',
      '',
      JSON.stringify({ v: 1, runId: 'r' }),
      JSON.stringify({ ...entry('run-2', { x: 'passed' }), checks: { x: 'exploded' } }),
      good,
    ].join('\n');
    const { entries, warnings } = parseHistory(text, 'h.jsonl');
    expect(entries).toHaveLength(2);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^h\.jsonl:2: skipped a line that is not JSON/);
    expect(warnings[1]).toMatch(/h\.jsonl:4/);
    expect(warnings[1]).toMatch(/start|passRate|summary|checks/);
    expect(warnings[2]).toMatch(/h\.jsonl:5.*\/checks\/x/);
  });

  it('reports a history path it cannot read or write as a one-line error', async () => {
    await expect(readHistory(dir)).rejects.toMatchObject({ code: 'RC_FILE_UNREADABLE' });
    const blocker = path.join(dir, 'file');
    await writeFile(blocker, 'x');
    await expect(appendHistory(path.join(blocker, 'h.jsonl'), entry('r', {}))).rejects.toMatchObject({ code: 'RC_WRITE_FAILED' });
  });

  it('the sample history fixture is valid', async () => {
    const { entries, warnings } = await readHistory(path.join(fixtures, 'history.jsonl'));
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(6);
  });
});

describe('computeTrend', () => {
  it('adds the current run unless the history already ends with it, and keeps the window', () => {
    const runs = Array.from({ length: 5 }, (_, i) => entry(`run-${i}`, { x: 'passed' }));
    expect(computeTrend(runs, runs[4]).runs.map((r) => r.runId)).toEqual(['run-0', 'run-1', 'run-2', 'run-3', 'run-4']);
    const now = entry('run-9', { x: 'passed' });
    const t = computeTrend(runs, now, { window: 3 });
    expect(t.window).toBe(3);
    expect(t.runs.map((r) => r.runId)).toEqual(['run-3', 'run-4', 'run-9']);
    expect(t.runs[0]).not.toHaveProperty('checks');
    expect(computeTrend([], undefined).runs).toEqual([]);
  });

  it('compares a shard with the same shard and a whole run with whole runs', () => {
    const whole = entry('run-1', { a: 'passed', b: 'passed' });
    const s1 = { ...entry('run-2', { a: 'failed' }), shard: '1/2' };
    const s2 = { ...entry('run-3', { b: 'passed' }), shard: '2/2' };
    const now = { ...entry('run-4', { a: 'passed' }), shard: '1/2' };
    expect(computeTrend([whole, s1, s2], now).runs.map((r) => r.runId)).toEqual(['run-2', 'run-4']);
    expect(computeTrend([whole, s1, s2], entry('run-5', { a: 'passed' })).runs.map((r) => r.runId)).toEqual(['run-1', 'run-5']);
    expect(computeTrend([whole, s1, s2]).runs).toHaveLength(3);
  });

  it('lists checks that passed on a retry or flipped at least twice; a check fixed once is not flaky', () => {
    const seq = (outcomes: SmokeReportTypes.CheckOutcome[][]) =>
      outcomes[0]!.map((_, run) => entry(`run-${run}`, Object.fromEntries(outcomes.map((o, i) => [`c${i}`, o[run]!]))));
    const history = seq([
      ['passed', 'passed', 'passed', 'passed'], // c0 stable
      ['failed', 'failed', 'passed', 'passed'], // c1 fixed once: one flip
      ['passed', 'failed', 'passed', 'failed'], // c2 three flips
      ['passed', 'flaky', 'passed', 'passed'], // c3 passed on a retry once
      ['passed', 'blocked', 'failed', 'skipped'], // c4 one flip, blocked/skipped ignored
      ['failed', 'passed', 'blocked', 'failed'], // c5 two flips across a blocked run
    ]);
    const t = computeTrend(history, undefined, { names: new Map([['c2', 'check two']]) });
    expect(t.flaky.map((f) => f.id)).toEqual(['c2', 'c5', 'c3']);
    expect(t.flaky[0]).toEqual({
      id: 'c2',
      name: 'check two',
      runs: 4,
      passed: 2,
      failed: 2,
      flaky: 0,
      flips: 3,
      passRate: 0.5,
      last: 'failed',
      outcomes: ['passed', 'failed', 'passed', 'failed'],
    });
    expect(t.flaky[1]).toMatchObject({ id: 'c5', runs: 3, flips: 2, last: 'failed' });
    expect(t.flaky[2]).toMatchObject({ id: 'c3', flaky: 1, flips: 0, passRate: 1 });
    // a check missing from a run is "absent" there
    const later = computeTrend([...history, entry('run-9', { c0: 'passed' })], undefined, { window: 4 });
    expect(later.flaky.find((f) => f.id === 'c2')!.outcomes).toEqual(['failed', 'passed', 'failed', 'absent']);
  });

  it('attaches the trend of the history file to a report without writing the file', async () => {
    const file = path.join(dir, 'history.jsonl');
    await writeFile(file, await readFile(path.join(fixtures, 'history.jsonl')));
    const before = await readFile(file, 'utf8');
    const report = await load('mixed.json');
    const { report: withTrend, warnings } = await attachHistory(report, file);
    expect(warnings).toEqual([]);
    const trend = withTrend.results.extra!.history!;
    expect(trend.runs).toHaveLength(7);
    expect(trend.runs.at(-1)!.runId).toBe(report.reportId);
    expect(trend.flaky.map((f) => f.id)).toEqual(['api.users.list', 'errors.escape', 'health.ready']);
    expect(trend.flaky[0]!.name).toBe('GET /api/users lists users');
    expect(validate('smoke-report', withTrend, 'x').valid).toBe(true);
    expect(report.results.extra!.history).toBeUndefined();
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});

describe('historyReporter', () => {
  it('appends the run to the history file, and does nothing without one', async () => {
    const report = await load('mixed.json');
    const ctx = { outDir: 'reports', cwd: dir, stdout: () => undefined, stderr: () => undefined, isTTY: false };
    await historyReporter(ctx).onRunEnd(report);
    await expect(readFile(path.join(dir, DEFAULT_HISTORY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
    await mkdir(path.join(dir, 'sub'));
    const r = historyReporter({ ...ctx, historyFile: DEFAULT_HISTORY_FILE });
    expect(r.name).toBe('history');
    await r.onRunEnd(report);
    await r.onRunEnd(report);
    const { entries } = await readHistory(path.join(dir, DEFAULT_HISTORY_FILE));
    expect(entries).toEqual([historyEntryOf(report), historyEntryOf(report)]);
  });
});
