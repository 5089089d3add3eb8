import { escapeControl as safe, type QualityAgentStore } from '@readycheck/core';

/** Per-agent quality metrics, computed from the store. */
export interface AgentMetrics {
  agentId: string;
  /** Changes judged (refused ones not included). */
  changes: number;
  /** Changes refused because the agent was quarantined. */
  refused: number;
  /** New findings over all judged changes. */
  violations: number;
  /** New findings per category. */
  violationsByCategory: Record<string, number>;
  /** New findings per judged change (0 when there were none). */
  violationRate: number;
  /** Judged changes with a `clean` verdict. */
  cleanChanges: number;
  /** `cleanChanges / changes` (1 when there were none). */
  cleanChangeRate: number;
  /** Times the agent was quarantined (the current one included). */
  quarantines: number;
  /** Whether the agent is quarantined now. */
  quarantined: boolean;
  /** Why, when quarantined. */
  quarantineReason?: string;
  /** When the current quarantine began (ISO 8601). */
  quarantinedSince?: string;
  /** Mean time from quarantine to release over past releases, in ms; null before the first release. */
  meanTimeToReleaseMs: number | null;
  /** Longest time to release, in ms; null before the first release. */
  maxTimeToReleaseMs: number | null;
  /** When the agent last reported a change (ISO 8601). */
  lastChangeAt?: string;
}

/**
 * Metrics of every agent in a store, sorted by agent id.
 *
 * @example
 * const rows = computeAgentMetrics(await store.read());
 */
export function computeAgentMetrics(state: QualityAgentStore): AgentMetrics[] {
  const ids = new Set<string>([...Object.keys(state.agents), ...state.changes.map((c) => c.agentId)]);
  const rows: AgentMetrics[] = [];
  for (const agentId of [...ids].sort()) {
    const agent = state.agents[agentId];
    const changes = state.changes.filter((c) => c.agentId === agentId);
    const judged = changes.filter((c) => c.verdict !== 'refused');
    const byCategory: Record<string, number> = {};
    let violations = 0;
    for (const c of judged) {
      violations += c.violations;
      for (const [cat, n] of Object.entries(c.byCategory)) byCategory[cat] = (byCategory[cat] ?? 0) + n;
    }
    const clean = judged.filter((c) => c.verdict === 'clean').length;
    const releases = agent?.releases ?? [];
    const durations = releases.map((r) => Date.parse(r.releasedAt) - Date.parse(r.since)).filter((n) => Number.isFinite(n) && n >= 0);
    const row: AgentMetrics = {
      agentId,
      changes: judged.length,
      refused: changes.length - judged.length,
      violations,
      violationsByCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => (a < b ? -1 : 1))),
      violationRate: judged.length ? round(violations / judged.length) : 0,
      cleanChanges: clean,
      cleanChangeRate: judged.length ? round(clean / judged.length) : 1,
      quarantines: releases.length + (agent?.quarantine ? 1 : 0),
      quarantined: Boolean(agent?.quarantine),
      meanTimeToReleaseMs: durations.length ? Math.round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
      maxTimeToReleaseMs: durations.length ? Math.max(...durations) : null,
    };
    if (agent?.quarantine) {
      row.quarantineReason = agent.quarantine.reason;
      row.quarantinedSince = agent.quarantine.since;
    }
    const last = changes[changes.length - 1];
    if (last) row.lastChangeAt = last.at;
    rows.push(row);
  }
  return rows;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/** A duration for people: `850 ms`, `42 s`, `12 min`, `3.5 h`, `2.1 d`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 86_400_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} d`;
}

/** The metrics as a plain-text table, one agent per row. */
export function formatAgentTable(rows: readonly AgentMetrics[]): string {
  if (rows.length === 0) return 'No agent has reported a change yet.\n';
  const header = ['agent', 'status', 'changes', 'clean', 'findings/change', 'refused', 'quarantines', 'mean time to release', 'top categories'];
  // Agent ids and reasons come from whoever reported: escaped, one line each.
  const body = rows.map((r) => [
    safe(r.agentId),
    r.quarantined ? 'QUARANTINED' : 'ok',
    String(r.changes),
    `${Math.round(r.cleanChangeRate * 100)}%`,
    r.violationRate.toFixed(2),
    String(r.refused),
    String(r.quarantines),
    r.meanTimeToReleaseMs === null ? '-' : formatDuration(r.meanTimeToReleaseMs),
    Object.entries(r.violationsByCategory)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, 3)
      .map(([cat, n]) => `${cat} ${n}`)
      .join(', ') || '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const notes = rows.filter((r) => r.quarantined).map((r) => safe(`${r.agentId}: quarantined since ${r.quarantinedSince ?? '?'}: ${r.quarantineReason ?? ''}`));
  return `${[line(header), ...body.map(line)].join('\n')}\n${notes.length ? `\n${notes.join('\n')}\n` : ''}`;
}
