import { backoffDelays } from '@readycheck/health';

/** How long the runner waits between the attempts of a check. */
export interface RetryPolicy {
  /** Wait before the first retry, in ms. */
  delayMs?: number;
  /** Each later wait is the previous one times this. */
  factor?: number;
  /** No single wait is longer than this, in ms. */
  maxDelayMs?: number;
  /** Draw each wait at random from [0, delay]. */
  jitter?: boolean;
}

/** Waits between retries when nothing sets them: 1 s, 2 s, 4 s, 8 s, then 10 s each, no jitter. */
export const RETRY_DEFAULTS = Object.freeze({
  delayMs: 1_000, // 1 s before the first retry
  factor: 2, // 1 s, 2 s, 4 s…
  maxDelayMs: 10_000, // no single wait longer than 10 s
  jitter: false, // the same waits every run: a retry schedule you can read off the report
});

/**
 * The wait before retry `retryIndex` (0-based) of a check: `min(maxDelayMs, delayMs *
 * factor^retryIndex)`, drawn from `[0, that]` with jitter. The arithmetic is the health client's
 * (`backoffDelays`), so the two cannot drift apart.
 *
 * @example
 * retryDelay({}, 0); // 1000
 * retryDelay({}, 1); // 2000
 * retryDelay({ delayMs: 500, factor: 3, maxDelayMs: 4000 }, 2); // 4000
 */
export function retryDelay(policy: RetryPolicy, retryIndex: number, random: () => number = Math.random): number {
  const delays = backoffDelays({
    maxRetries: retryIndex + 1,
    baseDelayMs: policy.delayMs ?? RETRY_DEFAULTS.delayMs,
    factor: policy.factor ?? RETRY_DEFAULTS.factor,
    maxDelayMs: policy.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs,
    jitter: policy.jitter ?? RETRY_DEFAULTS.jitter ? 'full' : 'none',
    random,
  });
  return delays[retryIndex] ?? 0;
}

/** The fields of a suite, group or check that set its retry policy. */
export interface RetryFields {
  retryDelayMs?: number;
  retryFactor?: number;
  retryMaxDelayMs?: number;
  retryJitter?: boolean;
}

/** The policy of a check: its own fields over its group's over its suite's defaults. */
export function resolveRetryPolicy(...layers: (RetryFields | undefined)[]): RetryPolicy | undefined {
  const p: RetryPolicy = {};
  for (const l of layers) {
    if (!l) continue;
    if (l.retryDelayMs !== undefined) p.delayMs = l.retryDelayMs;
    if (l.retryFactor !== undefined) p.factor = l.retryFactor;
    if (l.retryMaxDelayMs !== undefined) p.maxDelayMs = l.retryMaxDelayMs;
    if (l.retryJitter !== undefined) p.jitter = l.retryJitter;
  }
  return Object.keys(p).length ? p : undefined;
}
