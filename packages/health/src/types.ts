import type { Dispatcher } from 'undici';

/** Randomisation of each backoff delay: none, full (`0..d`) or equal (`d/2..d`). */
export type JitterMode = 'none' | 'full' | 'equal';

/** Overall verdict of a check. `degraded` still counts as `ok`: the service answered and said so. */
export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';

/**
 * Why a check failed.
 *
 * - `timeout`: an attempt ran past `timeoutMs` (or past what was left of `deadlineMs`).
 * - `http_status`: the service answered with a status code that was not expected.
 * - `network`: the connection was refused, reset, or failed DNS/TLS.
 * - `invalid_response`: the body was too large, not JSON where JSON was expected, failed the
 *   expected schema or `bodyContains`, or the service reported itself down in its body.
 * - `aborted`: the caller's `signal` aborted the call.
 * - `validation`: the target or the check id was rejected before any request was sent.
 */
export type FailureKind = 'timeout' | 'http_status' | 'network' | 'invalid_response' | 'aborted' | 'validation';

/** What one attempt ended with: a healthy or degraded answer, or a failure kind. */
export type AttemptOutcome = 'healthy' | 'degraded' | FailureKind;

/** Why the client waited before the next attempt. */
export type DelayReason = 'backoff' | 'retry-after';

/**
 * Why the check stopped making attempts.
 *
 * - `succeeded`: the last attempt was healthy or degraded.
 * - `not_retryable`: the failure is not in `retryOn` (for example a 404).
 * - `not_idempotent`: the method is not GET/HEAD/OPTIONS and neither `idempotencyKey` nor
 *   `retryNonIdempotent` was given.
 * - `retries_exhausted`: `maxRetries` retries were made.
 * - `deadline`: the next wait (backoff or Retry-After) would have overrun `deadlineMs`.
 * - `aborted`: the caller's signal aborted.
 * - `invalid`: the target or check id failed validation; no request was sent.
 */
export type StopReason = 'succeeded' | 'not_retryable' | 'not_idempotent' | 'retries_exhausted' | 'deadline' | 'aborted' | 'invalid';

/** A token of {@link HealthCheckOptions.retryOn}: a status code, or a class of failure. */
export type RetryOnToken = number | 'timeout' | 'network' | 'invalid_response';

/** What a healthy response looks like. Matches the `expect` object of a smoke-suite health check. */
export interface HealthExpect {
  /** Expected status code(s). Default: any 2xx. */
  status?: number | number[];
  /** JSON Schema (2020-12) the JSON body must satisfy; implies a JSON body is expected. */
  bodySchema?: object;
  /** A substring the body text must contain. */
  bodyContains?: string;
  /** The body must be JSON (set implicitly by `bodySchema`). */
  json?: boolean;
}

/** A request to check: a URL string, or a URL with method, headers, body and expectation. */
export type HealthTarget =
  | string
  | URL
  | {
      url: string | URL;
      /** HTTP method; default GET. */
      method?: string;
      headers?: Record<string, string>;
      /** A string or bytes are sent as they are; any other value is sent as JSON. */
      body?: string | Uint8Array | Record<string, unknown> | unknown[];
      /** Overrides {@link HealthCheckOptions.expect} for this target. */
      expect?: HealthExpect;
    };

/** The clock a check uses: injectable so tests need no real waiting. */
export interface HealthClock {
  /** Milliseconds since the epoch (fractions allowed). Default: `performance.timeOrigin + performance.now()`. */
  now(): number;
  /**
   * Waits `ms` milliseconds; must reject promptly with `signal.reason` when `signal` aborts.
   * Default: a `setTimeout`, cleared on abort.
   */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/**
 * Options of {@link checkHealth}. Every option is validated before any request; nonsense throws a
 * `ReadycheckError` with code `RC_HEALTH_INVALID_OPTION`.
 */
export interface HealthCheckOptions {
  /** Budget of each attempt, from connect to the last body byte. Default 30000. */
  timeoutMs?: number;
  /** Alias of `timeoutMs` for options that come from JSON. */
  timeout_ms?: number;
  /** Retries after the first attempt. Default 2 (three attempts). */
  maxRetries?: number;
  /** Alias of `maxRetries` for options that come from JSON. */
  max_retries?: number;
  /** First backoff delay. Default 1000. */
  baseDelayMs?: number;
  /** Growth of the backoff delay per retry. Default 2. */
  factor?: number;
  /** Cap of every delay, backoff and Retry-After alike. Default 10000. */
  maxDelayMs?: number;
  /** Jitter of backoff delays. Default `full`. */
  jitter?: JitterMode;
  /** Total budget across attempts and waits. Default: none. */
  deadlineMs?: number;
  /**
   * Which failures are retried. Default: `timeout`, `network`, 408, 425, 429, 500, 502, 503, 504.
   */
  retryOn?: RetryOnToken[];
  /** Wait what a `Retry-After` header asks (seconds or HTTP-date, capped at `maxDelayMs`). Default true. */
  respectRetryAfter?: boolean;
  /** Aborts the whole check, including a backoff wait. */
  signal?: AbortSignal;
  /** Largest body read; a larger one is cut off and reported as `invalid_response`. Default 1 MiB. */
  maxBodyBytes?: number;
  /** What a healthy response looks like (a target's own `expect` wins). */
  expect?: HealthExpect;
  /** Any undici Dispatcher (an Agent, a ProxyAgent, a MockAgent). Default: undici's global dispatcher. */
  dispatcher?: Dispatcher;
  /** Extra request headers (a target's own headers win). */
  headers?: Record<string, string>;
  /** A check id; must be a UUID. Sent as `x-check-id` and echoed in the result. */
  checkId?: string;
  /** Alias of `checkId` (the name orchestrators use). */
  worker_check_uuid?: string;
  /** Sent as `Idempotency-Key`; makes a non-idempotent method retryable. */
  idempotencyKey?: string;
  /** Retry methods other than GET/HEAD/OPTIONS even without an idempotency key. Default false. */
  retryNonIdempotent?: boolean;
  /** Random source in `[0, 1)` for jitter. Default `Math.random`. */
  random?: () => number;
  /** Clock and sleep; see {@link HealthClock}. */
  clock?: Partial<HealthClock>;
}

/** One attempt of a check, JSON-serialisable. */
export interface AttemptRecord {
  /** 1-based attempt number. */
  attempt: number;
  /** ISO time the attempt started. */
  startedAt: string;
  /** Time from the start of the attempt to the end of its body (or its failure). */
  durationMs: number;
  outcome: AttemptOutcome;
  /** Status code, when the service answered. */
  statusCode: number | null;
  /** Error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, `RC_HEALTH_TIMEOUT`…) for a failed attempt. */
  errorCode: string | null;
  /** One-line, truncated error message for a failed attempt. */
  errorMessage: string | null;
  /** What the service's `Retry-After` header asked for, in ms (before capping), if it sent one. */
  retryAfterMs: number | null;
  /** Wait before the next attempt; null when there is none. */
  delayMs: number | null;
  /** Why that wait: exponential backoff or the service's Retry-After. */
  delayReason: DelayReason | null;
}

/** The outcome of a health check; JSON-serialisable (no Error objects, no Buffers). */
export interface HealthCheckResult {
  /** True for `healthy` and `degraded`. */
  ok: boolean;
  status: HealthStatus;
  /** Kind of the final failure; null when ok. */
  failureKind: FailureKind | null;
  /** Status code of the final attempt (null when it got no answer). */
  statusCode: number | null;
  /** Final error, `{ code, message }`, when not ok. */
  error: { code: string; message: string } | null;
  /** Why the check made no further attempt; see {@link StopReason}. */
  stopReason: StopReason;
  /** Human-readable detail of `stopReason` (e.g. a Retry-After that would overrun the deadline). */
  stopDetail: string | null;
  /** The URL checked (credentials removed). */
  url: string;
  method: string;
  /** The validated check id, if one was given. */
  checkId: string | null;
  attempts: AttemptRecord[];
  /** Duration of the final attempt; null when no attempt was made. */
  latencyMs: number | null;
  /** From the start of the call to the end, waits included. */
  totalDurationMs: number;
  /** The parsed body when it is JSON; otherwise its text cut to 4 KiB; null when empty. */
  body: unknown;
}

/** Options of {@link createHealthClient}: defaults for every check, plus the client's own settings. */
export interface HealthClientOptions extends HealthCheckOptions {
  /** Socket limit per origin of the client's own Agent. Default 64. */
  connections?: number;
  /** How long an idle keep-alive socket stays in the pool. Default 4000. */
  keepAliveTimeoutMs?: number;
  /**
   * Origins `postResult` may post to: exact origins (`https://hooks.example.com`), which count as
   * explicitly allowed, or one-label wildcards (`https://*.example.com`), whose hosts must resolve
   * to public addresses unless `allowPrivateNetwork` is true. Default: none (every post refused).
   */
  allowedOrigins?: string[];
  /** Let wildcard-matched callback hosts resolve to private, loopback or link-local addresses. Default false. */
  allowPrivateNetwork?: boolean;
  /** DNS lookup used to vet callback hosts. Default `dns.promises.lookup` with `all: true`. */
  lookup?: (hostname: string) => Promise<Array<{ address: string; family: number }>>;
}

/** Options of {@link HealthClient.checkMany}. */
export interface CheckManyOptions extends HealthCheckOptions {
  /** Checks in flight at once (exactly; never more). Default 10. */
  concurrency?: number;
}

/** A health client with its own keep-alive undici Agent. */
export interface HealthClient {
  /** Checks one target with the client's options, overridden by `overrides`. */
  check(target: HealthTarget, overrides?: HealthCheckOptions): Promise<HealthCheckResult>;
  /** Checks many targets, at most `concurrency` at once; results in input order. */
  checkMany(targets: readonly HealthTarget[], options?: CheckManyOptions): Promise<HealthCheckResult[]>;
  /**
   * POSTs `payload` as JSON to a callback URL after vetting it (see `allowedOrigins`); a refused
   * URL rejects with `RC_CALLBACK_REFUSED` before any connection.
   */
  postResult(callbackUrl: string, payload: unknown, overrides?: HealthCheckOptions): Promise<HealthCheckResult>;
  /** Closes the client's own Agent (not a dispatcher you passed in); later calls reject. */
  close(): Promise<void>;
}
