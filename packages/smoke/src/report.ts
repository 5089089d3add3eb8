import type { SmokeReport, SmokeReportTypes } from '@readycheck/core';
import { PRIORITIES, type Priority } from './model.js';
import { version } from './version.js';

type Test = SmokeReportTypes.Test;
type MatrixCell = SmokeReportTypes.MatrixCell;
type HealthState = SmokeReportTypes.HealthState;
type RunExtra = SmokeReportTypes.RunExtra;
type FixFirstItem = RunExtra['fixFirst'][number];

/** The component health matrix: per component, per category, and component → category cells. */
export type HealthMatrix = RunExtra['matrix'];

/** CTRF spec version the reports follow. */
export const CTRF_SPEC_VERSION = '0.0.0';

/** What {@link buildReport} needs besides the results. */
export interface ReportMeta {
  /** Run start, ms since the epoch. */
  start: number;
  /** Run end, ms since the epoch. */
  stop: number;
  interrupted?: boolean;
  /** `i/n` for a shard. */
  shard?: string;
  /** `smoke-run verify` rows. */
  verification?: SmokeReportTypes.Verification[];
  /** Phase and group timings (only when the run has phases). */
  phases?: SmokeReportTypes.PhaseTiming[];
  /** Free-form environment (base URL, node version). */
  environment?: Record<string, unknown>;
  /** Report id (a UUID); omitted when not given, which keeps reports byte-stable. */
  reportId?: string;
}

/** True when the check ended `blocked` (a dependency failed). */
export function isBlocked(t: Test): boolean {
  return t.rawStatus === 'blocked';
}

/** True when the check passed but took longer than its latency budget. */
export function isOverBudget(t: Test): boolean {
  const { latencyMs, maxLatencyMs } = t.extra;
  return t.status === 'passed' && latencyMs !== undefined && maxLatencyMs !== undefined && latencyMs > maxLatencyMs;
}

/**
 * The health of a set of checks:
 * `broken` when a P0/P1 check failed; else `blocked` when a check could not run because a
 * dependency failed; else `degraded` when a P2/P3 check failed, a check was flaky, went over its
 * latency budget, or passed but reported degraded; else `working`. Skipped checks count for nothing.
 */
export function cellOf(tests: readonly Test[]): MatrixCell {
  let passed = 0;
  let failed = 0;
  let flaky = 0;
  let blocked = 0;
  let skipped = 0;
  let severeFailure = false;
  let degraded = false;
  for (const t of tests) {
    if (t.status === 'passed') {
      passed++;
      if (t.flaky) {
        flaky++;
        degraded = true;
      }
      if (isOverBudget(t) || t.extra.degraded !== undefined) degraded = true;
    } else if (t.status === 'failed') {
      failed++;
      if (t.extra.priority === 'P0' || t.extra.priority === 'P1') severeFailure = true;
      else degraded = true;
    } else if (isBlocked(t)) blocked++;
    else skipped++;
  }
  const counted = tests.length - skipped;
  const state: HealthState = severeFailure ? 'broken' : blocked ? 'blocked' : degraded ? 'degraded' : 'working';
  return { state, total: tests.length, passed, failed, flaky, blocked, skipped, passRate: counted ? round(passed / counted) : 1 };
}

/**
 * Computes the component health matrix from report tests. Keys are sorted, so equal inputs give
 * equal matrices (merge-reports recomputes it over all shards with this function).
 *
 * @example
 * const matrix = computeMatrix(report.results.tests);
 * matrix.components.api?.state; // 'working' | 'degraded' | 'broken' | 'blocked'
 */
export function computeMatrix(tests: readonly Test[]): HealthMatrix {
  const byComponent = new Map<string, Test[]>();
  const byCategory = new Map<string, Test[]>();
  const byCell = new Map<string, Map<string, Test[]>>();
  for (const t of tests) {
    add(byComponent, t.extra.component, t);
    add(byCategory, t.extra.category, t);
    let row = byCell.get(t.extra.component);
    if (!row) byCell.set(t.extra.component, (row = new Map()));
    add(row, t.extra.category, t);
  }
  const toCells = (m: Map<string, Test[]>) => Object.fromEntries([...m.keys()].sort().map((k) => [k, cellOf(m.get(k)!)]));
  return {
    components: toCells(byComponent),
    categories: toCells(byCategory),
    cells: Object.fromEntries([...byCell.keys()].sort().map((k) => [k, toCells(byCell.get(k)!)])),
  };
}

/**
 * What to fix first: failed, blocked, flaky, degraded and over-budget checks, P0 first; within a
 * priority failures before blocked checks before flaky ones before degraded ones before slow ones,
 * then by id.
 */
export function computeFixFirst(tests: readonly Test[]): FixFirstItem[] {
  const rank = (t: Test): number => (t.status === 'failed' ? 0 : isBlocked(t) ? 1 : t.flaky ? 2 : t.extra.degraded !== undefined ? 3 : 4);
  return tests
    .filter((t) => t.status === 'failed' || isBlocked(t) || (t.status === 'passed' && (t.flaky || isOverBudget(t) || t.extra.degraded !== undefined)))
    .sort(
      (a, b) =>
        PRIORITIES.indexOf(a.extra.priority) - PRIORITIES.indexOf(b.extra.priority) ||
        rank(a) - rank(b) ||
        (a.extra.id < b.extra.id ? -1 : a.extra.id > b.extra.id ? 1 : 0),
    )
    .map((t) => ({
      id: t.extra.id,
      name: t.name,
      priority: t.extra.priority,
      component: t.extra.component,
      category: t.extra.category,
      status:
        t.status === 'failed'
          ? t.rawStatus === 'timedOut'
            ? 'timedOut'
            : 'failed'
          : isBlocked(t)
            ? 'blocked'
            : t.flaky
              ? 'flaky'
              : t.extra.degraded !== undefined
                ? 'degraded'
                : 'slow',
      reason: reasonOf(t),
    }));
}

function reasonOf(t: Test): string {
  if (t.status === 'failed') return t.message ?? (t.rawStatus === 'timedOut' ? 'timed out' : 'failed');
  if (isBlocked(t)) return `blocked by ${t.extra.blockedBy.join(', ')}`;
  if (t.flaky) {
    const failedAttempts = t.extra.attempts.filter((a) => a.status !== 'passed').length;
    return `flaky: passed on attempt ${t.extra.attempts.length} after ${failedAttempts} failed`;
  }
  if (t.extra.degraded !== undefined) return `degraded: ${t.extra.degraded}`;
  return `latency ${t.extra.latencyMs} ms over budget ${t.extra.maxLatencyMs} ms`;
}

/**
 * Builds the CTRF report of a run: summary, tests, the component health matrix, the pass rate
 * and the fix-first list under `results.extra`.
 *
 * @example
 * const report = buildReport(results, { start, stop: Date.now() });
 * await writeFileAtomic('reports/smoke.json', stableStringify(report));
 */
export function buildReport(tests: readonly Test[], meta: ReportMeta): SmokeReport {
  const count = (s: Test['status']) => tests.filter((t) => t.status === s).length;
  const flakyIds = tests.filter((t) => t.flaky).map((t) => t.extra.id);
  const suites = new Set(tests.map((t) => t.filePath ?? t.suite?.[0] ?? ''));
  const overall = cellOf(tests);
  const extra: RunExtra = {
    matrix: computeMatrix(tests),
    passRate: overall.passRate,
    fixFirst: computeFixFirst(tests),
    flaky: flakyIds,
  };
  if (meta.interrupted) extra.interrupted = true;
  if (meta.shard !== undefined) extra.shard = meta.shard;
  if (meta.verification) extra.verification = meta.verification;
  if (meta.phases?.length) extra.phases = meta.phases;
  const report: SmokeReport = {
    reportFormat: 'CTRF',
    specVersion: CTRF_SPEC_VERSION,
    generatedBy: 'readycheck smoke-run',
    results: {
      tool: { name: 'smoke-run', version },
      summary: {
        tests: tests.length,
        passed: count('passed'),
        failed: count('failed'),
        skipped: count('skipped'),
        pending: count('pending'),
        other: count('other'),
        flaky: flakyIds.length,
        suites: tests.length ? suites.size : 0,
        start: meta.start,
        stop: meta.stop,
        duration: Math.max(0, meta.stop - meta.start),
      },
      tests: [...tests],
      extra,
    },
  };
  if (meta.reportId !== undefined) report.reportId = meta.reportId;
  if (meta.environment) report.results.environment = meta.environment;
  return report;
}

/** Priority of a report test (exported for reporters that sort by it). */
export function priorityRank(p: Priority): number {
  return PRIORITIES.indexOf(p);
}

function add<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
