import type { SmokeReportTypes, SmokeSuiteTypes } from '@readycheck/core';
import type { SmokeHttp } from './http.js';
import type { RetryPolicy } from './backoff.js';
import type { WsClient } from './websocket.js';
import type { PageClient } from './page.js';

/** Check priority: P0 most important. Default P2. */
export type Priority = SmokeReportTypes.Priority;

/** The priorities in order, most important first. */
export const PRIORITIES: readonly Priority[] = ['P0', 'P1', 'P2', 'P3'];

/** Category names readycheck knows; suites may use others. */
export const KNOWN_CATEGORIES: readonly string[] = [
  'infrastructure',
  'health',
  'api',
  'workers',
  'ui',
  'factories',
  'ai-providers',
  'patches',
  'automation',
  'errors',
];

/** Category of a check that names none. */
export const DEFAULT_CATEGORY = 'uncategorized';
/** Component of a check that names none. */
export const DEFAULT_COMPONENT = 'default';

/** Something a function may return: a value or a promise of one. */
export type MaybePromise<T> = T | Promise<T>;

/** Logger handed to a check as `ctx.log`; lines end up as an attachment named `log`. */
export type CheckLogger = (...args: unknown[]) => void;

/**
 * What a check function receives. `http` is the run's health client (see `@readycheck/health`),
 * with relative URLs resolved against `baseUrl` and `signal` passed along.
 */
export interface CheckContext<Http = SmokeHttp> {
  /** The run's health client: `ctx.http.check('/health')`. */
  http: Http;
  /** `--base-url`, else the suite's `baseUrl`, else undefined. */
  baseUrl: string | undefined;
  /** The environment (process env merged with the suite's `env`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Logs a line; collected into the `log` attachment of the check. */
  log: CheckLogger;
  /** Aborted when the attempt times out or the run is interrupted. */
  signal: AbortSignal;
  /** Attaches data to the check's report entry. */
  attach: (name: string, value: unknown) => void;
  /** 1-based attempt number. */
  attempt: number;
  /** The check's own id. */
  id: string;
  /**
   * Opens a WebSocket (a path under the base URL or a ws(s) URL), sends, waits for matching
   * messages, closes cleanly; throws a one-line error when what was expected did not come.
   */
  ws: WsClient;
  /**
   * Loads a page in the run's Chromium (a fresh context) and checks status, title, selector,
   * text, console errors, failed same-origin requests and load time, then runs steps; on failure
   * attaches a screenshot and the console log and throws a one-line error.
   */
  page: PageClient;
}

/**
 * What a check function may return: nothing, or a measured latency for `maxLatencyMs`, and/or a
 * reason why the check passed but its component is degraded.
 */
export type CheckOutcome = void | undefined | { latencyMs?: number; degraded?: string };

/** A check body. Throwing (or rejecting) fails the attempt. */
export type CheckFn<Http = SmokeHttp> = (ctx: CheckContext<Http>) => MaybePromise<CheckOutcome | unknown>;

/**
 * Options of a check, shared by TS and declarative suites: the fields every check of the suite
 * schema has (`schemas/smoke-suite.schema.json`), so the two kinds of suite cannot drift apart.
 * `dependsOn` lists ids of checks that must pass first (when one fails this check is `blocked`);
 * `timeoutMs` is per attempt; `retries` are extra attempts after a failure; `skip` reports the
 * check as skipped; `maxLatencyMs` is a latency budget (a passing check over it makes its
 * component `degraded`).
 */
export type CheckOptions = Pick<
  SmokeSuiteTypes.HttpCheck,
  | 'id'
  | 'category'
  | 'component'
  | 'priority'
  | 'dependsOn'
  | 'timeoutMs'
  | 'retries'
  | 'tags'
  | 'skip'
  | 'maxLatencyMs'
  | 'retryDelayMs'
  | 'retryFactor'
  | 'retryMaxDelayMs'
  | 'retryJitter'
>;

/** Kind of check: a function from a TS/JS suite, or one of the declarative types. */
export type CheckKind = 'function' | 'http' | 'health' | 'command' | 'tcp' | 'websocket' | 'page';

/** How a group runs its checks. */
export interface GroupInfo {
  /** Unique key: `file#phase/group`. */
  key: string;
  name: string;
  execution: 'parallel' | 'sequential';
  maxParallel?: number;
  /** After a failure in the group, its remaining checks are skipped. */
  failFast: boolean;
  /** Groups whose checks must all pass first: a group name of the same phase, or `phase/group`. */
  dependsOn?: string[];
}

/** One check, normalised, whatever file it came from. */
export interface CheckDefinition {
  id: string;
  name: string;
  category: string;
  component: string;
  priority: Priority;
  dependsOn: string[];
  timeoutMs?: number;
  retries?: number;
  tags: string[];
  skip: boolean;
  maxLatencyMs?: number;
  kind: CheckKind;
  /** Suite file, relative to the working directory. */
  file: string;
  /** Suite name. */
  suite: string;
  /** Phase name, when the suite has phases. */
  phase?: string;
  /** 0-based phase index within its file, when the suite has phases. */
  phaseIndex?: number;
  /** Names of the phases the check's phase waits for (default: the phase, or parallel phases, before it). */
  phaseDependsOn?: string[];
  /** Names of phases that run at the same time as the check's phase. */
  phaseParallelWith?: string[];
  /** Waits between attempts (check over group over suite); runner defaults where unset. */
  retryPolicy?: RetryPolicy;
  /** The group, when the check is in one. */
  group?: GroupInfo;
  /** True for a phase checkpoint. */
  checkpoint?: boolean;
  /** Suite `baseUrl`, used when no `--base-url` is given. */
  baseUrl?: string;
  /** Suite `env`, merged over the process env. */
  env?: Record<string, string>;
  /** True when the check cannot run without a base URL (a declarative check with a `path`). */
  needsBaseUrl?: boolean;
  /** Human-readable description of what it does (`GET /health`, `$ npm test`), for `list`. */
  describe?: string;
  run: CheckFn;
  /**
   * Readies what `run` needs (a worker with the suite loaded) before the attempt's clock starts;
   * the time it takes is not the check's. Aborted with the run.
   */
  prepare?: (signal: AbortSignal) => Promise<void>;
}

/** A loaded suite file. */
export interface LoadedSuite {
  file: string;
  name: string;
  baseUrl?: string;
  checks: CheckDefinition[];
}

/** Final status of a check, before it is mapped onto CTRF's statuses. */
export type RawStatus = 'passed' | 'failed' | 'timedOut' | 'blocked' | 'skipped' | 'interrupted';
