import { describe, expect, it } from 'vitest';
import type { SmokeReportTypes } from '@readycheck/core';
import { buildReport, cellOf, computeFixFirst, computeMatrix } from './report.js';
import { runPlan } from './runner.js';
import { reportProblems } from './__tests__/ctrf.js';
import { def, plan } from './__tests__/helpers.js';

type Test = SmokeReportTypes.Test;

function t(id: string, over: Partial<Omit<Test, 'extra'>> & { extra?: Partial<Test['extra']> } = {}): Test {
  const { extra, ...rest } = over;
  return {
    name: id,
    status: 'passed',
    duration: 1,
    rawStatus: 'passed',
    ...rest,
    extra: { id, category: 'api', component: 'svc', priority: 'P2', attempts: [], blockedBy: [], attachments: [], ...extra },
  };
}

describe('cellOf: component health states', () => {
  it('working when everything passed', () => {
    expect(cellOf([t('a'), t('b')])).toEqual({ state: 'working', total: 2, passed: 2, failed: 0, flaky: 0, blocked: 0, skipped: 0, passRate: 1 });
  });
  it('degraded by a flaky check, a P2/P3 failure, or latency over budget', () => {
    expect(cellOf([t('a', { flaky: true })]).state).toBe('degraded');
    expect(cellOf([t('a'), t('b', { status: 'failed', extra: { priority: 'P3' } })])).toMatchObject({ state: 'degraded', passRate: 0.5 });
    expect(cellOf([t('a', { extra: { latencyMs: 900, maxLatencyMs: 500 } })]).state).toBe('degraded');
    expect(cellOf([t('a', { extra: { latencyMs: 400, maxLatencyMs: 500 } })]).state).toBe('working');
    expect(cellOf([t('a', { extra: { degraded: 'cache hit rate low' } })]).state).toBe('degraded');
    expect(computeFixFirst([t('a', { extra: { degraded: 'cache hit rate low' } })])).toMatchObject([{ status: 'degraded', reason: 'degraded: cache hit rate low' }]);
  });
  it('broken when a P0 or P1 check failed, even with blocked and flaky ones', () => {
    expect(cellOf([t('a', { status: 'failed', extra: { priority: 'P1' } }), t('b', { status: 'skipped', rawStatus: 'blocked' }), t('c', { flaky: true })]).state).toBe('broken');
  });
  it('blocked when a dependency failed elsewhere; skipped checks count for nothing', () => {
    const cell = cellOf([t('a', { status: 'skipped', rawStatus: 'blocked' }), t('b', { status: 'skipped', rawStatus: 'skipped' })]);
    expect(cell).toEqual({ state: 'blocked', total: 2, passed: 0, failed: 0, flaky: 0, blocked: 1, skipped: 1, passRate: 0 });
    expect(cellOf([t('s', { status: 'skipped', rawStatus: 'skipped' })])).toMatchObject({ state: 'working', passRate: 1 });
  });
});

describe('computeMatrix and computeFixFirst', () => {
  const tests = [
    t('db', { status: 'failed', message: 'connection refused', extra: { component: 'db', category: 'infrastructure', priority: 'P0' } }),
    t('api', { status: 'skipped', rawStatus: 'blocked', extra: { component: 'api', category: 'api', priority: 'P0', blockedBy: ['db'] } }),
    t('jobs', { flaky: true, extra: { component: 'workers', category: 'workers', priority: 'P1', attempts: [{ attempt: 1, status: 'failed', durationMs: 1 }, { attempt: 2, status: 'passed', durationMs: 1 }] } }),
    t('slow', { extra: { component: 'api', category: 'health', priority: 'P2', latencyMs: 700, maxLatencyMs: 200 } }),
    t('ok', { extra: { component: 'api', category: 'health' } }),
    t('to', { status: 'failed', rawStatus: 'timedOut', message: 'timed out after 50 ms', extra: { component: 'ui', category: 'ui', priority: 'P3' } }),
  ];

  it('gives a state per component, per category and per cell, keys sorted', () => {
    const m = computeMatrix(tests);
    expect(Object.keys(m.components)).toEqual(['api', 'db', 'ui', 'workers']);
    expect(Object.fromEntries(Object.entries(m.components).map(([k, v]) => [k, v.state]))).toEqual({ api: 'blocked', db: 'broken', ui: 'degraded', workers: 'degraded' });
    expect(Object.fromEntries(Object.entries(m.categories).map(([k, v]) => [k, v.state]))).toEqual({
      api: 'blocked',
      health: 'degraded',
      infrastructure: 'broken',
      ui: 'degraded',
      workers: 'degraded',
    });
    expect(m.cells.api!.health).toMatchObject({ state: 'degraded', total: 2, passed: 2 });
    expect(Object.keys(m.cells.api!)).toEqual(['api', 'health']);
  });

  it('lists what to fix first: P0 first, failures before blocked, flaky and slow', () => {
    expect(computeFixFirst(tests).map((f) => [f.priority, f.id, f.status, f.reason])).toEqual([
      ['P0', 'db', 'failed', 'connection refused'],
      ['P0', 'api', 'blocked', 'blocked by db'],
      ['P1', 'jobs', 'flaky', 'flaky: passed on attempt 2 after 1 failed'],
      ['P2', 'slow', 'slow', 'latency 700 ms over budget 200 ms'],
      ['P3', 'to', 'timedOut', 'timed out after 50 ms'],
    ]);
  });
});

describe('buildReport', () => {
  it('counts CTRF statuses, flaky ids, pass rate, and keeps the run flags', () => {
    const r = buildReport([t('a'), t('b', { status: 'failed' }), t('c', { flaky: true }), t('d', { status: 'skipped', rawStatus: 'blocked' })], {
      start: 1000,
      stop: 1500,
      interrupted: true,
      shard: '1/2',
    });
    expect(r.results.summary).toEqual({ tests: 4, passed: 2, failed: 1, skipped: 1, pending: 0, other: 0, flaky: 1, suites: 1, start: 1000, stop: 1500, duration: 500 });
    expect(r.results.extra).toMatchObject({ passRate: 0.5, flaky: ['c'], interrupted: true, shard: '1/2' });
    expect(reportProblems(r)).toEqual([]);
  });

  it('an empty run is a valid report', () => {
    expect(reportProblems(buildReport([], { start: 1, stop: 1 }))).toEqual([]);
  });

  it('a real run with every outcome validates against our schema, the CTRF JSON Schema and the ctrf package', async () => {
    const ac = new AbortController();
    const result = await runPlan(
      plan([
        def('pass', { tags: ['fast'], run: (ctx) => ctx.attach('x', { y: 1 }) }),
        def('fail', {
          priority: 'P0',
          run: () => {
            throw new Error('nope');
          },
        }),
        def('blocked', { dependsOn: ['fail'] }),
        def('flaky', {
          retries: 1,
          run: (ctx) => {
            if (ctx.attempt === 1) throw new Error('first');
          },
        }),
        def('timeout', { timeoutMs: 20, run: () => new Promise((r) => setTimeout(r, 500)) }),
        def('skip', { skip: true }),
        def('slow', { maxLatencyMs: 1, run: () => ({ latencyMs: 5 }) }),
      ]),
      { signal: ac.signal },
    );
    const report = buildReport(result.tests, { start: result.start, stop: result.stop, reportId: '4b0c5c4e-5f0a-4d2b-9a53-4f3b1f1b7c2e' });
    expect(reportProblems(report)).toEqual([]);
    expect(report.results.tests.map((x) => x.rawStatus)).toEqual(['passed', 'failed', 'blocked', 'passed', 'timedOut', 'skipped', 'passed']);
    expect(report.results.extra!.fixFirst.map((f) => f.id)).toEqual(['fail', 'timeout', 'blocked', 'flaky', 'slow']);
  });
});
