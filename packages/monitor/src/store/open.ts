import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertValid, parseJson, ReadycheckError, type QualityAgentStore } from '@readycheck/core';
import { openPostgresDb } from './postgres.js';
import { openSqliteDb } from './sqlite.js';
import type { AgentRow, ChangeRow, MonitorDb, ReleaseRow } from './types.js';

/** The default SQLite database, relative to the project root. */
export const DEFAULT_DB = '.readycheck/monitor.db';
/** The JSON agent store of `quality-scan gate`, imported on first start. */
export const LEGACY_AGENT_STORE = '.readycheck/agents.json';

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** Options of {@link openMonitorDb}. */
export interface OpenDbOptions {
  /** Base of relative paths. Default `process.cwd()`. */
  cwd?: string;
  /** The JSON store to import when the database is empty; `false` to skip. Default `.readycheck/agents.json` under `cwd`. */
  importFrom?: string | false;
  /** Told what was imported. */
  onImport?: (message: string) => void;
}

/**
 * Opens the monitor's database (`postgres://…` or a SQLite file path), applies migrations, and on
 * first start imports an existing `.readycheck/agents.json` store.
 *
 * @example
 * const db = await openMonitorDb('.readycheck/monitor.db');
 */
export async function openMonitorDb(spec: string = DEFAULT_DB, options: OpenDbOptions = {}): Promise<MonitorDb> {
  const cwd = options.cwd ?? process.cwd();
  const db = isPostgresUrl(spec) ? openPostgresDb(spec) : openSqliteDb(path.resolve(cwd, spec));
  try {
    await db.migrate();
    if (options.importFrom !== false) {
      const file = path.resolve(cwd, options.importFrom ?? LEGACY_AGENT_STORE);
      const n = await importAgentStore(db, file);
      if (n !== null) options.onImport?.(`imported ${n} change${n === 1 ? '' : 's'} from ${path.relative(cwd, file) || file}`);
    }
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}

/**
 * Imports a `quality-scan gate` JSON store into an empty database. Returns the number of changes
 * imported, or null when there was nothing to do (no file, or the database already has data).
 */
export async function importAgentStore(db: MonitorDb, file: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ReadycheckError('RC_FILE_UNREADABLE', `${file}: cannot read the agent store (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err, file });
  }
  if (!(await db.isEmpty())) return null;
  const state = assertValid<QualityAgentStore>('quality-agents', parseJson(text, file), { file, text });
  const firstSeen = new Map<string, string>();
  const lastChange = new Map<string, string>();
  for (const c of state.changes) {
    if (!firstSeen.has(c.agentId)) firstSeen.set(c.agentId, c.at);
    lastChange.set(c.agentId, c.at);
  }
  const ids = [...new Set([...Object.keys(state.agents), ...state.changes.map((c) => c.agentId)])].sort();
  const agents: AgentRow[] = ids.map((agentId) => {
    const a = state.agents[agentId];
    const q = a?.quarantine;
    return {
      agentId,
      firstSeen: firstSeen.get(agentId) ?? q?.since ?? a?.releases[0]?.since ?? new Date(0).toISOString(),
      lastChangeAt: lastChange.get(agentId) ?? null,
      quarantine: q
        ? {
            since: q.since,
            reason: q.reason,
            changeId: q.changeId,
            ...(q.taskId !== undefined ? { taskId: q.taskId } : {}),
            findings: q.findings.map((f) => ({ ...f, severity: f.severity, confidence: 'high', excerpt: '' })),
          }
        : null,
    };
  });
  const changes: ChangeRow[] = state.changes.map((c) => ({
    id: c.id,
    agentId: c.agentId,
    taskId: c.taskId ?? null,
    at: c.at,
    files: c.files,
    verdict: c.verdict,
    violations: c.violations,
    bySeverity: c.bySeverity,
    byCategory: c.byCategory,
  }));
  const releases: ReleaseRow[] = Object.entries(state.agents).flatMap(([agentId, a]) =>
    a.releases.map((r) => ({ agentId, since: r.since, releasedAt: r.releasedAt, by: r.by, note: r.note ?? null, reason: r.reason })),
  );
  // The JSON store kept only counts per change; the findings that quarantined an agent are kept in full.
  const index = new Map(state.changes.map((c, i) => [c.id, i]));
  const findings = agents.flatMap((a) =>
    (a.quarantine?.findings ?? []).map((f) => ({ ...f, changeIndex: index.get(a.quarantine?.changeId ?? -1) ?? -1 })),
  );
  // Another process may have imported it (or recorded a change) since the check above.
  if (!(await db.importRows({ agents, changes, releases, findings }))) return null;
  return changes.length;
}
