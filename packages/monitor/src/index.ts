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
export { createMonitor, QuarantinedError, confidenceOf, type Monitor, type MonitorOptions, type MonitorEvent, type Confidence, type ReportChangesInput, type ChangeJudgement } from './monitor.js';
export { startMonitorServer, type MonitorServer, type MonitorServerOptions, type RouteContext } from './server.js';
export { computeMetrics, qualityScore, type AgentMetrics, type MetricsPoint, type MetricsReport } from './metrics.js';
export { createQualityClient, serverBackend, type QualityClient, type QualityClientOptions } from './client.js';
export { handleClaudeHook, localBackend, bashWriteTargets, isReadOnlyCommand, writtenFiles, type ClaudeHookInput, type HookOutcome, type HookBackend } from './hook.js';
export { hookRoute } from './hook-route.js';
export { attachWebhooks, webhookPayload, type WebhookOptions } from './webhooks.js';
export { sidesOfDiff } from './unified-diff.js';
export { dashboardHtml } from './dashboard.js';
export { main, buildProgram, runGateCommand, GATE_COMMANDS } from './cli.js';
export { runGate, type GateOptions, type GateMonitorSettings } from './gate.js';
export { agentSummaries, formatAgentTable, formatDuration, type AgentSummary } from './agents-table.js';
export { version } from './version.js';
