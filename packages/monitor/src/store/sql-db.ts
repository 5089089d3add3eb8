import type { Severity } from '@readycheck/detectors';
import { migrationStatements, MIGRATIONS, SEVERITY_RANK } from './migrations.js';
import type { AgentRow, ChangeRow, FindingFilter, MonitorDb, NewFinding, QuarantineState, RecordChangeInput, RecordChangeResult, ReleaseRow, StoredFinding } from './types.js';

type Row = Record<string, unknown>;

/** What the shared SQL code needs from a driver. SQL is written with `?` placeholders. */
export interface SqlExec {
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs an INSERT and returns the new row's id (`RETURNING id` is added for PostgreSQL). */
  insert(sql: string, params?: readonly unknown[]): Promise<number>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

/** A driver: an executor, transactions that hold a write lock, and the dialect's few differences. */
export interface SqlDriver extends SqlExec {
  readonly kind: 'sqlite' | 'postgres';
  readonly location: string;
  /** Runs `fn` in one transaction that takes the write lock at once (SQLite BEGIN IMMEDIATE, PostgreSQL row locks). */
  transaction<T>(fn: (tx: SqlExec) => Promise<T>): Promise<T>;
  /** Runs the migrations with a lock other processes wait on. */
  withMigrationLock<T>(fn: (tx: SqlExec) => Promise<T>): Promise<T>;
  /** Reads an agent's row and locks it to the end of the transaction (SQLite's write lock already covers the whole database). */
  readonly lockAgentSql: string;
  close(): Promise<void>;
}

const str = (v: unknown): string => String(v);
const num = (v: unknown): number => Number(v);
const json = <T>(v: unknown): T => JSON.parse(String(v)) as T;

function toAgent(r: Row): AgentRow {
  return {
    agentId: str(r.agent_id),
    firstSeen: str(r.first_seen),
    lastChangeAt: r.last_change_at == null ? null : str(r.last_change_at),
    quarantine: r.quarantine == null ? null : json<QuarantineState>(r.quarantine),
  };
}

function toChange(r: Row): ChangeRow {
  return {
    id: num(r.id),
    agentId: str(r.agent_id),
    taskId: r.task_id == null ? null : str(r.task_id),
    at: str(r.at),
    files: json<string[]>(r.files),
    verdict: str(r.verdict) as ChangeRow['verdict'],
    violations: num(r.violations),
    bySeverity: json<Record<Severity, number>>(r.by_severity),
    byCategory: json<Record<string, number>>(r.by_category),
  };
}

function toFinding(r: Row): StoredFinding {
  return {
    id: num(r.id),
    changeId: num(r.change_id),
    agentId: str(r.agent_id),
    at: str(r.at),
    ruleId: str(r.rule_id),
    category: str(r.category),
    severity: str(r.severity) as Severity,
    confidence: str(r.confidence),
    file: str(r.file),
    line: num(r.line),
    message: str(r.message),
    excerpt: str(r.excerpt),
  };
}

function toRelease(r: Row): ReleaseRow {
  return { agentId: str(r.agent_id), since: str(r.since), releasedAt: str(r.released_at), by: str(r.released_by), note: r.note == null ? null : str(r.note), reason: str(r.reason) };
}

function counts(findings: readonly NewFinding[]): { bySeverity: Record<Severity, number>; byCategory: Record<string, number> } {
  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  const byCategory: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  return { bySeverity, byCategory };
}

async function insertChange(
  tx: SqlExec,
  c: { agentId: string; taskId: string | null; at: string; files: string[]; verdict: ChangeRow['verdict']; findings: readonly NewFinding[] },
): Promise<ChangeRow> {
  const { bySeverity, byCategory } = counts(c.findings);
  const id = await tx.insert('INSERT INTO changes (agent_id, task_id, at, files, verdict, violations, by_severity, by_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
    c.agentId,
    c.taskId,
    c.at,
    JSON.stringify(c.files),
    c.verdict,
    c.findings.length,
    JSON.stringify(bySeverity),
    JSON.stringify(byCategory),
  ]);
  for (const f of c.findings) {
    await tx.run(
      'INSERT INTO findings (change_id, agent_id, at, rule_id, category, severity, severity_rank, confidence, file, line, message, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [id, c.agentId, c.at, f.ruleId, f.category, f.severity, SEVERITY_RANK[f.severity], f.confidence, f.file, f.line, f.message, f.excerpt],
    );
  }
  return { id, agentId: c.agentId, taskId: c.taskId, at: c.at, files: c.files, verdict: c.verdict, violations: c.findings.length, bySeverity, byCategory };
}

/** The {@link MonitorDb} over a driver: the same SQL for SQLite and PostgreSQL. */
export function createSqlDb(driver: SqlDriver): MonitorDb {
  return {
    kind: driver.kind,
    location: driver.location,
    async migrate() {
      return driver.withMigrationLock(async (tx) => {
        await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        const done = new Set((await tx.all('SELECT version FROM schema_migrations')).map((r) => num(r.version)));
        let version = done.size ? Math.max(...done) : 0;
        for (const m of MIGRATIONS) {
          if (done.has(m.version)) continue;
          for (const statement of migrationStatements(m.sql, driver.kind)) await tx.run(statement);
          await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
          version = m.version;
        }
        return version;
      });
    },
    async recordChange(input: RecordChangeInput): Promise<RecordChangeResult> {
      return driver.transaction(async (tx) => {
        await tx.run(
          driver.kind === 'sqlite'
            ? 'INSERT OR IGNORE INTO agents (agent_id, first_seen) VALUES (?, ?)'
            : 'INSERT INTO agents (agent_id, first_seen) VALUES (?, ?) ON CONFLICT (agent_id) DO NOTHING',
          [input.agentId, input.at],
        );
        const [agentRow] = await tx.all(driver.lockAgentSql, [input.agentId]);
        const agent = toAgent(agentRow as Row);
        if (agent.quarantine) {
          const change = await insertChange(tx, { ...input, verdict: 'refused', findings: [] });
          return { refused: true, change, quarantine: agent.quarantine };
        }
        const change = await insertChange(tx, input);
        let quarantine: QuarantineState | null = null;
        if (input.verdict === 'quarantined') {
          quarantine = { since: input.at, reason: input.quarantineReason ?? 'quarantined', changeId: change.id, findings: input.quarantineFindings ?? [] };
          if (input.taskId !== null) quarantine.taskId = input.taskId;
        }
        await tx.run('UPDATE agents SET last_change_at = ?, quarantine = ? WHERE agent_id = ?', [input.at, quarantine ? JSON.stringify(quarantine) : null, input.agentId]);
        for (const s of input.snapshots ?? []) {
          await tx.run(
            driver.kind === 'sqlite'
              ? 'INSERT INTO snapshots (agent_id, path, content) VALUES (?, ?, ?) ON CONFLICT (agent_id, path) DO UPDATE SET content = excluded.content'
              : 'INSERT INTO snapshots (agent_id, path, content) VALUES (?, ?, ?) ON CONFLICT (agent_id, path) DO UPDATE SET content = EXCLUDED.content',
            [input.agentId, s.path, s.content],
          );
        }
        return { refused: false, change };
      });
    },
    async release(agentId, r) {
      return driver.transaction(async (tx) => {
        const [row] = await tx.all(driver.lockAgentSql, [agentId]);
        const q = row ? toAgent(row).quarantine : null;
        if (!q) return null;
        await tx.run('INSERT INTO releases (agent_id, since, released_at, released_by, note, reason) VALUES (?, ?, ?, ?, ?, ?)', [agentId, q.since, r.at, r.by, r.note, q.reason]);
        await tx.run('UPDATE agents SET quarantine = NULL WHERE agent_id = ?', [agentId]);
        return { agentId, since: q.since, releasedAt: r.at, by: r.by, note: r.note, reason: q.reason };
      });
    },
    async getAgent(agentId) {
      const [row] = await driver.all('SELECT * FROM agents WHERE agent_id = ?', [agentId]);
      return row ? toAgent(row) : null;
    },
    async listAgents() {
      return (await driver.all('SELECT * FROM agents ORDER BY agent_id')).map(toAgent);
    },
    async listChanges({ agentId, limit, offset }) {
      const a = agentId ?? null;
      const [total] = await driver.all('SELECT COUNT(*) AS n FROM changes WHERE (CAST(? AS TEXT) IS NULL OR agent_id = ?)', [a, a]);
      const items = await driver.all('SELECT * FROM changes WHERE (CAST(? AS TEXT) IS NULL OR agent_id = ?) ORDER BY id DESC LIMIT ? OFFSET ?', [a, a, limit, offset]);
      return { total: num(total?.n ?? 0), items: items.map(toChange) };
    },
    async listFindings(filter: FindingFilter) {
      const a = filter.agentId ?? null;
      const since = filter.since ?? null;
      const rank = filter.minSeverity === undefined ? 0 : SEVERITY_RANK[filter.minSeverity];
      const params = [a, a, rank, since, since];
      const [total] = await driver.all('SELECT COUNT(*) AS n FROM findings WHERE (CAST(? AS TEXT) IS NULL OR agent_id = ?) AND severity_rank >= ? AND (CAST(? AS TEXT) IS NULL OR at >= ?)', params);
      const items = await driver.all(
        'SELECT * FROM findings WHERE (CAST(? AS TEXT) IS NULL OR agent_id = ?) AND severity_rank >= ? AND (CAST(? AS TEXT) IS NULL OR at >= ?) ORDER BY id DESC LIMIT ? OFFSET ?',
        [...params, filter.limit, filter.offset],
      );
      return { total: num(total?.n ?? 0), items: items.map(toFinding) };
    },
    async listReleases(agentId) {
      const rows =
        agentId === undefined
          ? await driver.all('SELECT * FROM releases ORDER BY id')
          : await driver.all('SELECT * FROM releases WHERE agent_id = ? ORDER BY id', [agentId]);
      return rows.map(toRelease);
    },
    async allChanges(since) {
      const rows = since === undefined ? await driver.all('SELECT * FROM changes ORDER BY id') : await driver.all('SELECT * FROM changes WHERE at >= ? ORDER BY id', [since]);
      return rows.map(toChange);
    },
    async getSnapshot(agentId, path) {
      const [row] = await driver.all('SELECT content FROM snapshots WHERE agent_id = ? AND path = ?', [agentId, path]);
      if (!row) return undefined;
      return row.content == null ? null : str(row.content);
    },
    async isEmpty() {
      const [row] = await driver.all('SELECT (SELECT COUNT(*) FROM agents) + (SELECT COUNT(*) FROM changes) AS n');
      return num(row?.n ?? 0) === 0;
    },
    async importRows(rows) {
      // Under the migration lock, and only into an empty database: several processes starting at
      // once on a new database import the JSON store exactly once.
      return driver.withMigrationLock(async (tx) => {
        const [count] = await tx.all('SELECT (SELECT COUNT(*) FROM agents) + (SELECT COUNT(*) FROM changes) AS n');
        if (num(count?.n ?? 0) !== 0) return false;
        for (const a of rows.agents) {
          await tx.run('INSERT INTO agents (agent_id, first_seen, last_change_at, quarantine) VALUES (?, ?, ?, ?)', [a.agentId, a.firstSeen, a.lastChangeAt, a.quarantine ? JSON.stringify(a.quarantine) : null]);
        }
        const ids: number[] = [];
        const oldToNew = new Map<number, number>();
        for (const c of rows.changes) {
          const id = await tx.insert('INSERT INTO changes (agent_id, task_id, at, files, verdict, violations, by_severity, by_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
            c.agentId,
            c.taskId,
            c.at,
            JSON.stringify(c.files),
            c.verdict,
            c.violations,
            JSON.stringify(c.bySeverity),
            JSON.stringify(c.byCategory),
          ]);
          ids.push(id);
          oldToNew.set(c.id, id);
        }
        for (const a of rows.agents) {
          if (!a.quarantine) continue;
          const q = { ...a.quarantine, changeId: oldToNew.get(a.quarantine.changeId) ?? a.quarantine.changeId };
          await tx.run('UPDATE agents SET quarantine = ? WHERE agent_id = ?', [JSON.stringify(q), a.agentId]);
        }
        for (const f of rows.findings) {
          const change = rows.changes[f.changeIndex];
          const id = ids[f.changeIndex];
          if (!change || id === undefined) continue;
          await tx.run(
            'INSERT INTO findings (change_id, agent_id, at, rule_id, category, severity, severity_rank, confidence, file, line, message, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [id, change.agentId, change.at, f.ruleId, f.category, f.severity, SEVERITY_RANK[f.severity], f.confidence, f.file, f.line, f.message, f.excerpt],
          );
        }
        for (const r of rows.releases) {
          await tx.run('INSERT INTO releases (agent_id, since, released_at, released_by, note, reason) VALUES (?, ?, ?, ?, ?, ?)', [r.agentId, r.since, r.releasedAt, r.by, r.note, r.reason]);
        }
        return true;
      });
    },
    close: () => driver.close(),
  };
}
