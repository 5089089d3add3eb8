/**
 * @readycheck/health: a health-check retry client on undici that survives slow, flaky and hostile
 * services: per-attempt timeouts, capped exponential backoff with jitter, Retry-After, a total
 * deadline, abort, body limits, JSON Schema expectations and vetted callback URLs.
 *
 * @example
 * import { checkHealth } from '@readycheck/health';
 * const r = await checkHealth('http://127.0.0.1:8080/health', { timeoutMs: 2000, maxRetries: 3, jitter: 'none' });
 * console.log(r.status, r.failureKind, r.attempts.map((a) => [a.outcome, a.delayMs]));
 */
export { checkHealth, executeHealthCheckWithRetry } from './check.js';
export { createHealthClient, CLIENT_DEFAULTS } from './client.js';
export { backoffDelays, parseRetryAfter, type BackoffOptions } from './backoff.js';
export { HEALTH_DEFAULTS, DEFAULT_RETRY_ON } from './options.js';
export { nonPublicAddressKind } from './callback-url.js';
export type {
  AttemptOutcome,
  AttemptRecord,
  CheckManyOptions,
  DelayReason,
  FailureKind,
  HealthCheckOptions,
  HealthCheckResult,
  HealthClient,
  HealthClientOptions,
  HealthClock,
  HealthExpect,
  HealthStatus,
  HealthTarget,
  JitterMode,
  RetryOnToken,
  StopReason,
} from './types.js';

/** Version of @readycheck/health. */
export const version = '0.1.0';
