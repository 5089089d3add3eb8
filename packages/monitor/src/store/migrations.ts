/**
 * The schema, as numbered migrations shared by SQLite and PostgreSQL. `{{id}}` becomes the
 * dialect's auto-increment primary key; everything else is plain SQL both accept. Times are ISO
 * 8601 text (UTC, `Z`), which sorts by time in both databases.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'agents, changes, findings, releases, snapshots',
    sql: `
CREATE TABLE agents (
  agent_id TEXT PRIMARY KEY,
  first_seen TEXT NOT NULL,
  last_change_at TEXT,
  quarantine TEXT
);
CREATE TABLE changes (
  id {{id}},
  agent_id TEXT NOT NULL REFERENCES agents(agent_id),
  task_id TEXT,
  at TEXT NOT NULL,
  files TEXT NOT NULL,
  verdict TEXT NOT NULL,
  violations INTEGER NOT NULL,
  by_severity TEXT NOT NULL,
  by_category TEXT NOT NULL
);
CREATE INDEX changes_agent ON changes(agent_id, id);
CREATE INDEX changes_at ON changes(at);
CREATE TABLE findings (
  id {{id}},
  change_id INTEGER NOT NULL REFERENCES changes(id),
  agent_id TEXT NOT NULL,
  at TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL,
  severity_rank INTEGER NOT NULL,
  confidence TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  message TEXT NOT NULL,
  excerpt TEXT NOT NULL
);
CREATE INDEX findings_agent ON findings(agent_id, id);
CREATE INDEX findings_at ON findings(at);
CREATE TABLE releases (
  id {{id}},
  agent_id TEXT NOT NULL REFERENCES agents(agent_id),
  since TEXT NOT NULL,
  released_at TEXT NOT NULL,
  released_by TEXT NOT NULL,
  note TEXT,
  reason TEXT NOT NULL
);
CREATE TABLE snapshots (
  agent_id TEXT NOT NULL,
  path TEXT NOT NULL,
  content TEXT,
  PRIMARY KEY (agent_id, path)
);`,
  },
];

/** The highest schema version. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** A migration's SQL for a dialect, split into statements. */
export function migrationStatements(sql: string, dialect: 'sqlite' | 'postgres'): string[] {
  const id = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY';
  return sql
    .replaceAll('{{id}}', id)
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Severity → rank for "at or above" filters in SQL (higher is worse). */
export const SEVERITY_RANK = { low: 1, medium: 2, high: 3, critical: 4 } as const;
