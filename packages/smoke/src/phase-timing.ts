import type { SmokeReportTypes } from '@readycheck/core';
import { bySuite, phasesOf, type PlannedCheck } from './plan.js';
import { isBlocked } from './report.js';

type Test = SmokeReportTypes.Test;
type PhaseTiming = SmokeReportTypes.PhaseTiming;
type GroupTiming = SmokeReportTypes.GroupTiming;
type TimingStatus = PhaseTiming['status'];

/** Start, stop, duration and status of a set of check results. */
function timing(tests: readonly Test[]): { status: TimingStatus; start?: number; stop?: number; durationMs: number } {
  const ran = tests.filter((t) => t.start !== undefined && t.stop !== undefined);
  const status: TimingStatus = tests.some((t) => t.status === 'failed')
    ? 'failed'
    : tests.some((t) => t.rawStatus === 'interrupted')
      ? 'interrupted'
      : tests.some(isBlocked)
        ? 'blocked'
        : !ran.length || tests.every((t) => t.status === 'skipped')
          ? 'skipped'
          : 'passed';
  if (!ran.length) return { status, durationMs: 0 };
  const start = Math.min(...ran.map((t) => t.start!));
  const stop = Math.max(...ran.map((t) => t.stop!));
  return { status, start, stop, durationMs: Math.max(0, stop - start) };
}

/**
 * Phase and group timings of a run: for every phase of every suite (and every group in it), its
 * status and the wall time from its first check's start to its last check's end.
 *
 * @example
 * const phases = phaseTimings(plan.checks, result.tests);
 * // [{ suite: 'pipeline', name: 'setup', status: 'passed', durationMs: 612, groups: [...] }, ...]
 */
export function phaseTimings(checks: readonly PlannedCheck[], tests: readonly Test[]): PhaseTiming[] {
  const byId = new Map(tests.map((t) => [t.extra.id, t]));
  const out: PhaseTiming[] = [];
  for (const list of bySuite(checks).values()) {
    for (const p of phasesOf(list, { lenient: true })) {
      const results = p.checks.map((c) => byId.get(c.id)).filter((t): t is Test => t !== undefined);
      const groups = new Map<string, string[]>();
      for (const c of p.checks) {
        if (!c.group) continue;
        const g = groups.get(c.group.name);
        if (g) g.push(c.id);
        else groups.set(c.group.name, [c.id]);
      }
      const groupRows: GroupTiming[] = [...groups].map(([name, ids]) => ({
        name,
        ...timing(ids.map((id) => byId.get(id)).filter((t): t is Test => t !== undefined)),
        checks: ids,
      }));
      out.push({
        suite: p.checks[0]!.suite,
        file: p.checks[0]!.file,
        name: p.name,
        index: p.index + 1,
        ...timing(results),
        groups: groupRows,
        checks: p.checks.map((c) => c.id),
      });
    }
  }
  return out;
}
