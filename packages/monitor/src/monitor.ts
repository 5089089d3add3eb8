import { EventEmitter } from 'node:events';
import { ReadycheckError, type MonitorChangeRequest, type MonitorVerdict } from '@readycheck/core';
import { atOrAbove, compareChanges, createChangeEngine, UNSCANNABLE, type ChangeEngineOptions, type FileChange, type Severity, type Violation } from '@readycheck/detectors';
import type { AgentRow, MonitorDb, NewFinding, QuarantineState, ReleaseRow } from './store/types.js';
import { sidesOfDiff } from './unified-diff.js';

/** How sure a finding is. */
export type Confidence = 'high' | 'medium' | 'low';
const CONFIDENCE_RANK: Record<Confidence, number> = { low: 1, medium: 2, high: 3 };

/** What the monitor tells listeners (the server turns these into WebSocket/SSE events and webhooks). */
export type MonitorEvent =
  | { type: 'change'; agentId: string; changeId: number; verdict: MonitorVerdict['verdict'] | 'refused'; at: string }
  | { type: 'violation'; agentId: string; changeId: number; finding: NewFinding; at: string }
  | { type: 'quarantined'; agentId: string; changeId: number; reason: string; at: string; findings: NewFinding[] }
  | { type: 'released'; agentId: string; by: string; note: string | null; reason: string; since: string; at: string };

/** Options of {@link createMonitor}. */
export interface MonitorOptions {
  db: MonitorDb;
  /** New findings at or above this make the verdict `findings`. Default `high`. */
  threshold?: Severity;
  /** A new finding at or above this severity quarantines the agent (`critical` or `high`). Default `critical`. */
  quarantineOn?: Severity;
  /** …and at or above this confidence. Default `high`. */
  quarantineConfidence?: Confidence;
  /** Detector options (rules, categories, config; `allowNewSuppressions`). */
  scan?: ChangeEngineOptions;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

/** The monitor: judges changes, keeps state in its database, and emits events. */
export interface Monitor {
  readonly db: MonitorDb;
  readonly events: EventEmitter<{ event: [MonitorEvent] }>;
  readonly quarantineOn: Severity;
  /**
   * Judges one change and records it. A quarantined agent's change is refused with
   * `RC_AGENT_QUARANTINED` (exit code 3), the quarantine attached as `quarantine`.
   */
  reportChange(request: MonitorChangeRequest): Promise<MonitorVerdict>;
  /**
   * Judges a change of several files as one change (what `gate` reports) and records it; refused
   * like {@link Monitor.reportChange}. Returns the verdict and the new findings in full.
   */
  reportChanges(input: ReportChangesInput): Promise<ChangeJudgement>;
  /** Releases a quarantined agent; `RC_USAGE` when it is not quarantined. */
  release(agentId: string, r: { by: string; note?: string }): Promise<ReleaseRow>;
  agent(agentId: string): Promise<AgentRow | null>;
  close(): Promise<void>;
}

/** A change of several files by one agent, reported as one. */
export interface ReportChangesInput {
  agentId: string;
  taskId?: string;
  changes: readonly FileChange[];
  /** Keep each file's new content as the agent's snapshot (the hook's next `before`). Default false. */
  keepSnapshots?: boolean;
}

/** The verdict of a change, with its new findings as the detectors reported them. */
export interface ChangeJudgement {
  verdict: MonitorVerdict;
  violations: Violation[];
}

/** The refusal error of a quarantined agent: code `RC_AGENT_QUARANTINED`, exit 3. */
export class QuarantinedError extends ReadycheckError {
  constructor(
    readonly agentId: string,
    readonly quarantine: QuarantineState,
  ) {
    super('RC_AGENT_QUARANTINED', `agent ${agentId} is quarantined since ${quarantine.since}: ${quarantine.reason.replace(/\.$/, '')}; a human must release it (readycheck-monitor release ${agentId} --by NAME)`, { exitCode: 3 });
  }
}

/** The confidence a finding carries; findings of detectors that state none count as `high`. */
export function confidenceOf(v: Violation): Confidence {
  const c = (v as { confidence?: unknown }).confidence;
  return c === 'medium' || c === 'low' ? c : 'high';
}

function excerptOf(text: string | null | undefined, line: number): string {
  if (!text) return '';
  const l = text.split(/\r?\n/)[line - 1] ?? '';
  const t = l.trim();
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

function describe(findings: readonly NewFinding[]): string {
  const first = findings[0];
  if (!first) return '';
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
  return `${first.category} in ${first.file}:${first.line}: ${first.message}${more}`;
}

/**
 * Creates the monitor over an opened database.
 *
 * @example
 * const monitor = createMonitor({ db: await openMonitorDb(), quarantineOn: 'critical' });
 * const verdict = await monitor.reportChange({ agentId: 'claude-1', path: 'src/a.ts', before, after });
 */
export function createMonitor(options: MonitorOptions): Monitor {
  const { db } = options;
  const threshold = options.threshold ?? 'high';
  const quarantineOn = options.quarantineOn ?? 'critical';
  const minConfidence = CONFIDENCE_RANK[options.quarantineConfidence ?? 'high'];
  const now = options.now ?? (() => new Date());
  const engine = createChangeEngine(options.scan ?? {});
  const events = new EventEmitter<{ event: [MonitorEvent] }>();
  const emit = (e: MonitorEvent) => events.emit('event', e);

  const refuseIfQuarantined = async (agentId: string, taskId: string | null, files: string[]): Promise<void> => {
    const known = await db.getAgent(agentId);
    if (!known?.quarantine) return;
    const at = now().toISOString();
    const r = await db.recordChange({ agentId, taskId, at, files, verdict: 'clean', findings: [] });
    if (r.refused) {
      emit({ type: 'change', agentId, changeId: r.change.id, verdict: 'refused', at });
      throw new QuarantinedError(agentId, r.quarantine);
    }
  };

  const reportChanges = async (input: ReportChangesInput): Promise<ChangeJudgement> => {
    const { agentId } = input;
    if (!agentId.trim()) throw new ReadycheckError('RC_USAGE', 'the agent id must not be empty');
    const taskId = input.taskId ?? null;
    const files = input.changes.map((c) => c.path).sort();
    // Refuse before scanning: a quarantined agent gets no work done (the write below re-checks under the lock).
    await refuseIfQuarantined(agentId, taskId, files);
    const afterOf = new Map(input.changes.map((c) => [c.path, c.after ?? null]));
    // A changed file that could not be fully judged is critical here: passing it would let any
    // change through behind deep nesting or padding, so it waits for a human.
    const violations = compareChanges(input.changes, engine)
      .flatMap((r) => r.violations)
      .filter((v) => v.suppression === undefined)
      .map((v): Violation => (v.ruleId === UNSCANNABLE ? { ...v, severity: 'critical' } : v));
    const findings: NewFinding[] = violations.map((v) => ({
      ruleId: v.ruleId,
      category: v.category,
      severity: v.severity,
      confidence: confidenceOf(v),
      file: v.file,
      line: v.line,
      message: v.message,
      excerpt: excerptOf(afterOf.get(v.file), v.line),
    }));
    const quarantining = findings.filter((f) => atOrAbove(f.severity, quarantineOn) && CONFIDENCE_RANK[f.confidence as Confidence] >= minConfidence);
    const verdict: MonitorVerdict['verdict'] = quarantining.length ? 'quarantined' : findings.some((f) => atOrAbove(f.severity, threshold)) ? 'findings' : 'clean';
    const at = now().toISOString();
    const reason = quarantining.length ? describe(quarantining) : undefined;
    const r = await db.recordChange({
      agentId,
      taskId,
      at,
      files,
      verdict,
      findings,
      ...(reason !== undefined ? { quarantineReason: reason, quarantineFindings: quarantining } : {}),
      ...(input.keepSnapshots ? { snapshots: input.changes.map((c) => ({ path: c.path, content: c.after ?? null })) } : {}),
    });
    if (r.refused) {
      emit({ type: 'change', agentId, changeId: r.change.id, verdict: 'refused', at });
      throw new QuarantinedError(agentId, r.quarantine);
    }
    const changeId = r.change.id;
    emit({ type: 'change', agentId, changeId, verdict, at });
    for (const finding of findings) emit({ type: 'violation', agentId, changeId, finding, at });
    if (reason !== undefined) emit({ type: 'quarantined', agentId, changeId, reason, at, findings: quarantining });
    const out: MonitorVerdict = { changeId, agentId, verdict, quarantined: verdict === 'quarantined', findings: findings.map((f) => ({ ...f, confidence: f.confidence as Confidence })) };
    if (input.taskId !== undefined) out.taskId = input.taskId;
    if (reason !== undefined) out.reason = reason;
    return { verdict: out, violations };
  };

  const reportChange = async (request: MonitorChangeRequest): Promise<MonitorVerdict> => {
    const { agentId, path } = request;
    let before: string | null = request.before ?? null;
    if (request.useSnapshot) {
      const snap = await db.getSnapshot(agentId, path);
      if (snap !== undefined) before = snap;
    }
    let after: string | null = request.after ?? null;
    if (request.diff !== undefined) ({ before, after } = sidesOfDiff(request.diff, before));
    const change: FileChange = { path, before, after };
    return (await reportChanges({ agentId, ...(request.taskId !== undefined ? { taskId: request.taskId } : {}), changes: [change], keepSnapshots: true })).verdict;
  };

  return {
    db,
    events,
    quarantineOn,
    reportChange,
    reportChanges,
    async release(agentId, r) {
      if (!r.by.trim()) throw new ReadycheckError('RC_USAGE', 'release needs the name of who releases the agent (by)');
      const released = await db.release(agentId, { by: r.by, note: r.note ?? null, at: now().toISOString() });
      if (!released) throw new ReadycheckError('RC_USAGE', `agent ${agentId} is not quarantined`);
      emit({ type: 'released', agentId, by: released.by, note: released.note, reason: released.reason, since: released.since, at: released.releasedAt });
      return released;
    },
    agent: (agentId) => db.getAgent(agentId),
    close: () => db.close(),
  };
}
