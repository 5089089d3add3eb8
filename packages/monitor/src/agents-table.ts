import { escapeControl as safe } from '@readycheck/core';
import { computeMetrics, type AgentMetrics } from './metrics.js';
import type { AgentRow, ChangeRow, ReleaseRow } from './store/types.js';

/** One row of `agents`: the agent's metrics, its findings by category and its quarantine now. */
export interface AgentSummary extends AgentMetrics {
  /** New findings per category over the judged changes, sorted by category. */
  violationsByCategory: Record<string, number>;
  /** Whether the agent is quarantined now. */
  quarantined: boolean;
  /** Why, when quarantined. */
  quarantineReason?: string;
  /** When the current quarantine began (ISO 8601). */
  quarantinedSince?: string;
  /** When the agent last reported a change, refused ones included (ISO 8601). */
  lastChangeAt?: string;
}

/**
 * The rows of `readycheck-monitor agents` (and `quality-scan agents`), sorted by agent id.
 *
 * @example
 * const rows = agentSummaries(await db.listAgents(), await db.allChanges(), await db.listReleases());
 */
export function agentSummaries(agents: readonly AgentRow[], changes: readonly ChangeRow[], releases: readonly ReleaseRow[]): AgentSummary[] {
  const byId = new Map(agents.map((a) => [a.agentId, a]));
  return computeMetrics(agents, changes, releases).agents.map((m) => {
    const mine = changes.filter((c) => c.agentId === m.agentId);
    const byCategory: Record<string, number> = {};
    for (const c of mine) {
      if (c.verdict === 'refused') continue;
      for (const [cat, n] of Object.entries(c.byCategory)) byCategory[cat] = (byCategory[cat] ?? 0) + n;
    }
    const q = byId.get(m.agentId)?.quarantine ?? null;
    const row: AgentSummary = {
      ...m,
      violationsByCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => (a < b ? -1 : 1))),
      quarantined: q !== null,
    };
    if (q) {
      row.quarantineReason = q.reason;
      row.quarantinedSince = q.since;
    }
    const last = mine[mine.length - 1];
    if (last) row.lastChangeAt = last.at;
    return row;
  });
}

/** A duration for people: `850 ms`, `42 s`, `12 min`, `3.5 h`, `2.1 d`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 86_400_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} d`;
}

/** The rows as a plain-text table, one agent per line, then one line per quarantined agent. */
export function formatAgentTable(rows: readonly AgentSummary[]): string {
  if (rows.length === 0) return 'No agent has reported a change yet.\n';
  const header = ['agent', 'status', 'changes', 'clean', 'findings/change', 'refused', 'quarantines', 'mean time to release', 'score', 'top categories'];
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
    String(r.qualityScore),
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
