import type { Severity } from '@readycheck/detectors';

/** One new finding of a change, as stored and served. */
export interface StoredFinding {
  id: number;
  changeId: number;
  agentId: string;
  at: string;
  ruleId: string;
  category: string;
  severity: Severity;
  /** How sure the detector is: `high`, `medium` or `low`. */
  confidence: string;
  file: string;
  line: number;
  message: string;
  /** The line the finding is on, cut to 200 characters. */
  excerpt: string;
}

/** A finding before it has ids. */
export type NewFinding = Omit<StoredFinding, 'id' | 'changeId' | 'agentId' | 'at'>;

/** Why and since when an agent is quarantined. */
export interface QuarantineState {
  since: string;
  reason: string;
  changeId: number;
  taskId?: string;
  findings: NewFinding[];
}

/** An agent and its state. */
export interface AgentRow {
  agentId: string;
  firstSeen: string;
  lastChangeAt: string | null;
  quarantine: QuarantineState | null;
}

/** One judged (or refused) change. */
export interface ChangeRow {
  id: number;
  agentId: string;
  taskId: string | null;
  at: string;
  files: string[];
  verdict: 'clean' | 'findings' | 'quarantined' | 'refused';
  violations: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<string, number>;
}

/** A past quarantine and who ended it. */
export interface ReleaseRow {
  agentId: string;
  since: string;
  releasedAt: string;
  by: string;
  note: string | null;
  reason: string;
}

/** What {@link MonitorDb.recordChange} stores. */
export interface RecordChangeInput {
  agentId: string;
  taskId: string | null;
  at: string;
  files: string[];
  verdict: 'clean' | 'findings' | 'quarantined';
  findings: NewFinding[];
  /** Set when this change quarantines the agent. */
  quarantineReason?: string;
  quarantineFindings?: NewFinding[];
  /** Latest content of each file after the change (for the hook's next `before`). */
  snapshots?: Array<{ path: string; content: string | null }>;
}

/** What {@link MonitorDb.recordChange} did. */
export type RecordChangeResult = { refused: false; change: ChangeRow } | { refused: true; change: ChangeRow; quarantine: QuarantineState };

/** A page request. */
export interface Page {
  limit: number;
  offset: number;
}

/** Filters of {@link MonitorDb.listFindings}. */
export interface FindingFilter extends Page {
  agentId?: string;
  /** Only findings at or above this severity. */
  minSeverity?: Severity;
  /** ISO time: only findings at or after it. */
  since?: string;
}

/**
 * The monitor's database: SQLite (one file, WAL) or PostgreSQL, with the same schema and
 * migrations. Every write that decides a quarantine is one transaction that locks the agent's
 * row, so two servers on one database never both let a quarantined agent through.
 */
export interface MonitorDb {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives (file path, or the PostgreSQL URL without password). */
  readonly location: string;
  /** Applies pending migrations; returns the schema version. Safe to call from several processes at once. */
  migrate(): Promise<number>;
  /** Records a change unless the agent is quarantined, in which case a `refused` change is recorded. */
  recordChange(input: RecordChangeInput): Promise<RecordChangeResult>;
  /** Ends an agent's quarantine; null when it was not quarantined. */
  release(agentId: string, r: { by: string; note: string | null; at: string }): Promise<ReleaseRow | null>;
  getAgent(agentId: string): Promise<AgentRow | null>;
  listAgents(): Promise<AgentRow[]>;
  listChanges(filter: Page & { agentId?: string }): Promise<{ total: number; items: ChangeRow[] }>;
  listFindings(filter: FindingFilter): Promise<{ total: number; items: StoredFinding[] }>;
  listReleases(agentId?: string): Promise<ReleaseRow[]>;
  /** Every change, oldest first, for metrics. */
  allChanges(since?: string): Promise<ChangeRow[]>;
  /** The content the agent last reported for a path, or undefined when it never did. */
  getSnapshot(agentId: string, path: string): Promise<string | null | undefined>;
  /** True when the database holds no change and no agent yet. */
  isEmpty(): Promise<boolean>;
  /**
   * Inserts imported rows as they are (ids renumbered), in one transaction under the migration
   * lock, when the database is still empty; false (nothing inserted) when it is not.
   */
  importRows(rows: { agents: AgentRow[]; changes: ChangeRow[]; releases: ReleaseRow[]; findings: Array<NewFinding & { changeIndex: number }> }): Promise<boolean>;
  close(): Promise<void>;
}
