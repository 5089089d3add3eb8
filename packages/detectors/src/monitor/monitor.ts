import { EXIT as EXIT_CODES, ReadycheckError, type QualityAgentStore, type QualityAgentStoreTypes } from '@readycheck/core';
import { compareChanges, type FileChange } from '../change/compare.js';
import { createChangeEngine } from '../change/engine.js';
import type { ScanChangeOptions } from '../change/scan-change.js';
import { atOrAbove, UNSCANNABLE } from '../scan.js';
import type { Severity, Violation } from '../types.js';
import { computeAgentMetrics, type AgentMetrics } from './metrics.js';
import { createJsonFileStore, DEFAULT_AGENT_STORE, type MonitorStore } from './store.js';

type ChangeRecord = QualityAgentStoreTypes.Change;
type Quarantine = QualityAgentStoreTypes.Quarantine;

/** Options of {@link createQualityMonitor}. */
export interface QualityMonitorOptions extends ScanChangeOptions {
  /** A store, or the path of the JSON-file store. Default {@link DEFAULT_AGENT_STORE}. */
  store?: MonitorStore | string;
  /** New findings at or above this make the verdict `findings`. Default `high`. */
  severityThreshold?: Severity;
  /** A new finding at or above this, and of high confidence, quarantines the agent. Default `critical`. */
  quarantineSeverity?: Severity;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

/** One change an agent reports: one file before and after. */
export interface ReportChangeInput {
  agentId: string;
  taskId?: string;
  /** Path of the file (after the change), relative, forward slashes. */
  path: string;
  /** Path before a rename. */
  oldPath?: string;
  /** Text before; null or absent for a new file. */
  before?: string | null;
  /** Text after; null or absent for a deleted file. */
  after?: string | null;
}

/** A change of several files, reported as one. */
export interface ReportChangesInput {
  agentId: string;
  taskId?: string;
  changes: readonly FileChange[];
}

/** The monitor's judgement of one change. */
export interface ChangeVerdict {
  /** Id of the recorded change (1, 2, ... in the store). */
  changeId: number;
  agentId: string;
  taskId?: string;
  /** `clean`: nothing at or over the threshold; `findings`: something, nothing that quarantines; `quarantined`: the agent is now quarantined. */
  verdict: 'clean' | 'findings' | 'quarantined';
  /** The findings new in the change (below the threshold included). */
  violations: Violation[];
  /** Why the agent was quarantined, when it was. */
  reason?: string;
  /** What the gate CLI exits with: 0 clean, 1 findings, 3 quarantined. */
  exitCode: 0 | 1 | 3;
}

/** Who released an agent, and why. */
export interface ReleaseInput {
  by: string;
  note?: string;
}

/** The quality monitor: judges agents' changes and quarantines an agent that makes a critical one. */
export interface QualityMonitor {
  readonly store: MonitorStore;
  /** Scans one file change by an agent and records it. Refused (`RC_AGENT_QUARANTINED`, exit code 3) while the agent is quarantined. */
  reportChange(input: ReportChangeInput): Promise<ChangeVerdict>;
  /** Like {@link QualityMonitor.reportChange} for a change of several files. */
  reportChanges(input: ReportChangesInput): Promise<ChangeVerdict>;
  /** Releases a quarantined agent; `RC_USAGE` when it is not quarantined. */
  release(agentId: string, input: ReleaseInput): Promise<QualityAgentStoreTypes.Release>;
  /** The agent's current quarantine, or null. */
  quarantineOf(agentId: string): Promise<Quarantine | null>;
  /** Metrics of every agent, sorted by id. */
  metrics(): Promise<AgentMetrics[]>;
}

const EXIT = { clean: EXIT_CODES.OK, findings: EXIT_CODES.FINDINGS, quarantined: EXIT_CODES.QUARANTINED } as const;

function refusal(agentId: string, q: Quarantine): ReadycheckError {
  return new ReadycheckError(
    'RC_AGENT_QUARANTINED',
    `agent ${agentId} is quarantined since ${q.since}: ${q.reason.replace(/\.$/, '')}; release it with: quality-scan release ${agentId} --by NAME`,
    { exitCode: EXIT.quarantined },
  );
}

function describe(findings: readonly Violation[]): string {
  const first = findings[0];
  if (!first) return '';
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more critical finding${findings.length > 2 ? 's' : ''})` : '';
  return `${first.category} in ${first.file}:${first.line}: ${first.message}${more}`;
}

/**
 * Creates the agent quarantine monitor. `reportChange` scans a change (only findings new in it
 * count, placeholder drops included) and records it; an agent whose change has a critical finding
 * is quarantined, and every later report from it is refused with the reason until `release`.
 * Per-agent metrics: changes, findings by category, finding rate, clean-change rate, quarantine
 * count, time to release. State lives in a JSON file (default `.readycheck/agents.json`) updated
 * atomically under a cross-process lock.
 *
 * @example
 * import { createQualityMonitor } from '@readycheck/detectors';
 * const monitor = createQualityMonitor({ store: '.readycheck/agents.json' });
 * const verdict = await monitor.reportChange({ agentId: 'claude-1', taskId: 'T-12', path: 'src/a.ts', before, after });
 * if (verdict.verdict === 'quarantined') console.error(verdict.reason);
 */
export function createQualityMonitor(options: QualityMonitorOptions = {}): QualityMonitor {
  const store = typeof options.store === 'object' ? options.store : createJsonFileStore(options.store ?? DEFAULT_AGENT_STORE);
  const threshold = options.severityThreshold ?? 'high';
  const quarantineAt = options.quarantineSeverity ?? 'critical';
  const now = options.now ?? (() => new Date());
  const engine = createChangeEngine(options, options.scanner);

  const recordRefusal = async (agentId: string, taskId: string | undefined, files: string[]): Promise<never> => {
    const q = await store.update((state) => {
      const current = state.agents[agentId]?.quarantine ?? null;
      if (current) state.changes.push(record(state, { agentId, taskId, files, verdict: 'refused', violations: [], at: now() }));
      return current;
    });
    if (q) throw refusal(agentId, q);
    throw new ReadycheckError('RC_INTERNAL', `agent ${agentId} was released while its change was being refused; report it again`);
  };

  const reportChanges = async (input: ReportChangesInput): Promise<ChangeVerdict> => {
    const { agentId, taskId } = input;
    if (!agentId.trim()) throw new ReadycheckError('RC_USAGE', 'agentId must not be empty');
    const files = input.changes.map((c) => c.path).sort();
    const before = await store.read();
    if (before.agents[agentId]?.quarantine) return recordRefusal(agentId, taskId, files);

    // The scan runs outside the lock: it is the slow part, and the lock only guards the record.
    const results = compareChanges(input.changes, engine);
    // A changed file the gate could not fully judge is critical here: passing it would let any
    // change through behind deep nesting or padding, so it waits for a human.
    const found = results
      .flatMap((r) => r.violations)
      .filter((v) => v.suppression === undefined)
      .map((v): Violation => (v.ruleId === UNSCANNABLE ? { ...v, severity: 'critical' } : v));
    // Only a finding the detector is sure of quarantines: a critical lead of medium or low confidence
    // (a made-up key in a test, a value of unknown origin) is reported, not acted on.
    const critical = found.filter((v) => atOrAbove(v.severity, quarantineAt) && (v.confidence ?? 'high') === 'high');
    const verdict: ChangeVerdict['verdict'] = critical.length ? 'quarantined' : found.some((v) => atOrAbove(v.severity, threshold)) ? 'findings' : 'clean';

    const outcome = await store.update((state) => {
      const agent = (state.agents[agentId] ??= { quarantine: null, releases: [] });
      // Another process may have quarantined the agent while this change was being scanned.
      const already = agent.quarantine;
      if (already) {
        state.changes.push(record(state, { agentId, taskId, files, verdict: 'refused', violations: [], at: now() }));
        return { refused: already, id: 0, reason: undefined };
      }
      const rec = record(state, { agentId, taskId, files, verdict, violations: found, at: now() });
      state.changes.push(rec);
      if (verdict === 'quarantined') {
        agent.quarantine = {
          since: rec.at,
          reason: describe(critical),
          changeId: rec.id,
          ...(taskId !== undefined ? { taskId } : {}),
          findings: critical.map((v) => ({ ruleId: v.ruleId, category: v.category, severity: v.severity, file: v.file, line: v.line, message: v.message })),
        };
      }
      return { refused: null, id: rec.id, reason: agent.quarantine?.reason };
    });
    if (outcome.refused) throw refusal(agentId, outcome.refused);
    const result: ChangeVerdict = { changeId: outcome.id, agentId, verdict, violations: found, exitCode: EXIT[verdict] };
    if (taskId !== undefined) result.taskId = taskId;
    if (outcome.reason !== undefined) result.reason = outcome.reason;
    return result;
  };

  return {
    store,
    reportChanges,
    reportChange: (input) => {
      const change: FileChange = { path: input.path, before: input.before ?? null, after: input.after ?? null };
      if (input.oldPath !== undefined) change.oldPath = input.oldPath;
      return reportChanges({ agentId: input.agentId, ...(input.taskId !== undefined ? { taskId: input.taskId } : {}), changes: [change] });
    },
    async release(agentId, input) {
      if (!input.by?.trim()) throw new ReadycheckError('RC_USAGE', 'release needs the name of who releases the agent (--by NAME)');
      return store.update((state) => {
        const agent = state.agents[agentId];
        if (!agent?.quarantine) throw new ReadycheckError('RC_USAGE', `agent ${agentId} is not quarantined (see quality-scan agents)`);
        const entry: QualityAgentStoreTypes.Release = { since: agent.quarantine.since, releasedAt: now().toISOString(), by: input.by, reason: agent.quarantine.reason };
        if (input.note !== undefined) entry.note = input.note;
        agent.releases.push(entry);
        agent.quarantine = null;
        return entry;
      });
    },
    async quarantineOf(agentId) {
      return (await store.read()).agents[agentId]?.quarantine ?? null;
    },
    async metrics() {
      return computeAgentMetrics(await store.read());
    },
  };
}

function record(
  state: QualityAgentStore,
  r: { agentId: string; taskId: string | undefined; files: string[]; verdict: ChangeRecord['verdict']; violations: readonly Violation[]; at: Date },
): ChangeRecord {
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
  const byCategory: Record<string, number> = {};
  for (const v of r.violations) {
    bySeverity[v.severity]++;
    byCategory[v.category] = (byCategory[v.category] ?? 0) + 1;
  }
  const last = state.changes[state.changes.length - 1];
  const rec: ChangeRecord = {
    id: (last?.id ?? 0) + 1,
    agentId: r.agentId,
    at: r.at.toISOString(),
    files: r.files,
    verdict: r.verdict,
    violations: r.violations.length,
    byCategory,
    bySeverity,
  };
  if (r.taskId !== undefined) rec.taskId = r.taskId;
  return rec;
}
