/**
 * @readycheck/smoke: the smoke-suite runner behind `smoke-run`: suites in TS/JS or YAML/JSON,
 * categories, priorities, dependencies, retries and flaky detection, a component health matrix
 * and CTRF reports.
 *
 * @example
 * // smoke/service.smoke.ts, run with `npx smoke-run --base-url http://127.0.0.1:8080`
 * import { defineSuite, check } from '@readycheck/smoke';
 * export default defineSuite({ name: 'service', defaults: { component: 'api' } }, () => {
 *   check('health', { category: 'health', priority: 'P0' }, (ctx) => ctx.http.expectOk('/health'));
 *   check('workers', { category: 'workers', dependsOn: ['health'] }, (ctx) => ctx.http.expectOk('/api/workers'));
 * });
 */
export { version } from './version.js';
export {
  defineSuite,
  check,
  phase,
  group,
  checkpoint,
  isDeclaredSuite,
  type SuiteOptions,
  type GroupOptions,
  type PhaseOptions,
  type DeclaredCheck,
  type DeclaredSuite,
} from './define.js';
export {
  KNOWN_CATEGORIES,
  PRIORITIES,
  DEFAULT_CATEGORY,
  DEFAULT_COMPONENT,
  type CheckContext,
  type CheckDefinition,
  type CheckFn,
  type CheckKind,
  type CheckOptions,
  type CheckOutcome,
  type GroupInfo,
  type LoadedSuite,
  type Priority,
  type RawStatus,
} from './model.js';
export { DEFAULT_SUITE_PATTERNS, findSuiteFiles, loadSuites, loadSuiteFile, readDataSuite, type LoadOptions } from './load.js';
export { createPlan, validateDefinitions, withWaves, availableCategories, type Plan, type PlannedCheck, type PlanFilters } from './plan.js';
export { formatPlan } from './plan-format.js';
export { runPlan, CheckTimeoutError, DEFAULT_MAX_PARALLEL, DEFAULT_TIMEOUT_MS, type RunOptions, type RunResult } from './runner.js';
export {
  buildReport,
  computeMatrix,
  computeFixFirst,
  cellOf,
  isBlocked,
  isOverBudget,
  priorityRank,
  CTRF_SPEC_VERSION,
  type HealthMatrix,
  type ReportMeta,
} from './report.js';
export { createSmokeHttp, resolveUrl, describeFailure, type SmokeHttp, type SmokeHttpOptions } from './http.js';
export { runCommand, type CommandResult, type RunCommandOptions } from './exec.js';
export { verifyFix, verdictOf, describeVerdict, commandEnv, runVerify, DEFAULT_VERIFY_TIMEOUT_MS, PASSED_ENV, type VerifyCommandOptions, type VerifyFixOptions } from './verify.js';
export {
  readTaskFile,
  findTaskFiles,
  checkTaskContract,
  checkTaskLinks,
  parseTaskFileName,
  formatTaskDiagnostic,
  type TaskFile,
  type TaskFileName,
  type TaskDiagnostic,
  type TaskRule,
} from './task-file.js';
export { checkTasks, type CheckedTasks } from './tasks-cli.js';
export { followUpTask, writeFollowUps, needsFollowUp, type WrittenFollowUp } from './follow-up.js';
export { envRedactor, urlRedactor, redactUrlCredentials, type Redactor } from './redact.js';
export { killMarked, findMarkedProcesses, PROC_MARK_VAR } from './proc-sweep.js';
export {
  reporters,
  DEFAULT_REPORTERS,
  parseReporterNames,
  consoleReporter,
  jsonReporter,
  JSON_REPORT_FILE,
  htmlReporter,
  renderHtml,
  HTML_FILE,
  junitReporter,
  renderJunit,
  JUNIT_FILE,
  issuesReporter,
  renderIssueDrafts,
  writeIssueDrafts,
  type HtmlOptions,
  type IssueDraft,
  type IssueDraftOptions,
  Multiplexer,
  formatDuration,
  formatTable,
  type BuiltinReporter,
  type ReporterFailure,
  type Awaitable,
  type CheckResult,
  type Reporter,
  type ReporterContext,
  type ReporterFactory,
  type RunInfo,
} from './reporters/index.js';
export {
  DEFAULT_HISTORY_FILE,
  DEFAULT_HISTORY_WINDOW,
  appendHistory,
  attachHistory,
  computeTrend,
  historyEntryOf,
  historyReporter,
  outcomeOf,
  readHistory,
  withHistoryTrend,
  type HistoryEntry,
  type HistoryFile,
  type HistoryTrend,
  type TrendOptions,
} from './history.js';
export { parseShard, formatShard, selectShard, assignShards, type Shard, type ShardableCheck } from './shard.js';
export { mergeReports, runMergeReports, MERGE_DEFAULT_REPORTERS, type MergeInput, type MergeResult, type MergeReportsOptions } from './merge.js';
export { main, buildProgram, exitCodeOf, createReporters, reporterContext, selectChecks, EXIT_INTERRUPTED, type MainOptions } from './cli.js';
