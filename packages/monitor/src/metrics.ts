import type { AgentRow, ChangeRow, ReleaseRow } from './store/types.js';

/** Metrics of one agent (or of all agents together, `agentId: '*'`). */
export interface AgentMetrics {
  agentId: string;
  /** Changes judged (refused ones not included). */
  changes: number;
  /** Changes refused while the agent was quarantined. */
  refused: number;
  /** New findings over the judged changes. */
  violations: number;
  /** New findings per judged change (0 without changes). */
  violationRate: number;
  /** Judged changes with the verdict `clean`. */
  cleanChanges: number;
  /** `cleanChanges / changes` (1 without changes). */
  cleanChangeRate: number;
  /** Times quarantined, the current one included. */
  quarantines: number;
  /** Quarantines per 100 judged changes. */
  quarantineFrequency: number;
  /** Mean time from quarantine to release, ms; null before the first release. */
  meanTimeToReleaseMs: number | null;
  /** Longest time to release, ms; null before the first release. */
  maxTimeToReleaseMs: number | null;
  /** The 0–100 quality score (see {@link qualityScore}). */
  qualityScore: number;
}

const round = (n: number, places = 4) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * The quality score, 0–100, higher is better:
 * - 60 points × the clean-change rate;
 * - 30 points × (1 − severity penalty per judged change, capped at 1), where a new finding costs
 *   1 (critical), 0.5 (high), 0.2 (medium) or 0.05 (low);
 * - 10 points × (1 − 5 × quarantines per judged change, floored at 0).
 * An agent without judged changes scores 100.
 */
export function qualityScore(changes: readonly ChangeRow[], quarantines: number): number {
  const judged = changes.filter((c) => c.verdict !== 'refused');
  if (!judged.length) return 100;
  const clean = judged.filter((c) => c.verdict === 'clean').length / judged.length;
  const penalty = judged.reduce((p, c) => p + c.bySeverity.critical + 0.5 * c.bySeverity.high + 0.2 * c.bySeverity.medium + 0.05 * c.bySeverity.low, 0) / judged.length;
  const score = 60 * clean + 30 * (1 - Math.min(1, penalty)) + 10 * Math.max(0, 1 - (5 * quarantines) / judged.length);
  return round(score, 1);
}

function metricsOf(agentId: string, changes: readonly ChangeRow[], releases: readonly ReleaseRow[]): AgentMetrics {
  const judged = changes.filter((c) => c.verdict !== 'refused');
  const violations = judged.reduce((n, c) => n + c.violations, 0);
  const clean = judged.filter((c) => c.verdict === 'clean').length;
  const quarantines = judged.filter((c) => c.verdict === 'quarantined').length;
  const durations = releases.map((r) => Date.parse(r.releasedAt) - Date.parse(r.since)).filter((n) => Number.isFinite(n) && n >= 0);
  return {
    agentId,
    changes: judged.length,
    refused: changes.length - judged.length,
    violations,
    violationRate: judged.length ? round(violations / judged.length) : 0,
    cleanChanges: clean,
    cleanChangeRate: judged.length ? round(clean / judged.length) : 1,
    quarantines,
    quarantineFrequency: judged.length ? round((100 * quarantines) / judged.length, 2) : 0,
    meanTimeToReleaseMs: durations.length ? Math.round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
    maxTimeToReleaseMs: durations.length ? Math.max(...durations) : null,
    qualityScore: qualityScore(changes, quarantines),
  };
}

/** One bucket of a time series. */
export interface MetricsPoint {
  /** Start of the bucket (ISO 8601, UTC). */
  at: string;
  agentId: string;
  changes: number;
  violations: number;
  violationRate: number;
  cleanChangeRate: number;
  quarantines: number;
  qualityScore: number;
}

/** The metrics of every agent, the total over all of them, and the time series by `bucket`. */
export interface MetricsReport {
  agents: AgentMetrics[];
  total: AgentMetrics;
  bucket: 'hour' | 'day';
  series: MetricsPoint[];
}

function bucketStart(at: string, bucket: 'hour' | 'day'): string {
  return `${at.slice(0, bucket === 'hour' ? 13 : 10)}${bucket === 'hour' ? ':00:00.000Z' : 'T00:00:00.000Z'}`;
}

/**
 * Computes the metrics from the stored rows.
 *
 * @example
 * const report = computeMetrics(await db.listAgents(), await db.allChanges(), await db.listReleases(), 'hour');
 */
export function computeMetrics(agents: readonly AgentRow[], changes: readonly ChangeRow[], releases: readonly ReleaseRow[], bucket: 'hour' | 'day' = 'hour'): MetricsReport {
  const byAgent = new Map<string, ChangeRow[]>();
  for (const a of agents) byAgent.set(a.agentId, []);
  for (const c of changes) (byAgent.get(c.agentId) ?? byAgent.set(c.agentId, []).get(c.agentId))?.push(c);
  const rows = [...byAgent.keys()].sort().map((id) => metricsOf(id, byAgent.get(id) ?? [], releases.filter((r) => r.agentId === id)));
  const series: MetricsPoint[] = [];
  const groups = new Map<string, ChangeRow[]>();
  for (const c of changes) {
    const start = bucketStart(c.at, bucket);
    for (const key of [`${start}\0${c.agentId}`, `${start}\0*`]) (groups.get(key) ?? groups.set(key, []).get(key))?.push(c);
  }
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [at = '', agentId = ''] = key.split('\0');
    const m = metricsOf(agentId, list, []);
    series.push({ at, agentId, changes: m.changes, violations: m.violations, violationRate: m.violationRate, cleanChangeRate: m.cleanChangeRate, quarantines: m.quarantines, qualityScore: m.qualityScore });
  }
  return { agents: rows, total: metricsOf('*', changes, releases), bucket, series };
}
