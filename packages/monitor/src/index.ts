/**
 * @readycheck/monitor: a live quality monitor for coding agents. Each change an agent reports is
 * judged by the change engine of @readycheck/detectors; an agent whose change has a critical
 * finding is quarantined until a human releases it.
 *
 * @example
 * import { openMonitorDb } from '@readycheck/monitor';
 * const db = await openMonitorDb('.readycheck/monitor.db');
 */
export { openMonitorDb, importAgentStore, isPostgresUrl, DEFAULT_DB, LEGACY_AGENT_STORE, type OpenDbOptions } from './store/open.js';
export { openSqliteDb } from './store/sqlite.js';
export { openPostgresDb, redactUrl } from './store/postgres.js';
export { MIGRATIONS, SCHEMA_VERSION } from './store/migrations.js';
export type {
  MonitorDb,
  AgentRow,
  ChangeRow,
  ReleaseRow,
  StoredFinding,
  NewFinding,
  QuarantineState,
  RecordChangeInput,
  RecordChangeResult,
  FindingFilter,
  Page,
} from './store/types.js';

/** Version of @readycheck/monitor. */
export const version = '0.1.0';
