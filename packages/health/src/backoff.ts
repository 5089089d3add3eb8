import { ReadycheckError } from '@readycheck/core';
import { resolveOptions, type ResolvedOptions } from './options.js';
import type { HealthCheckOptions } from './types.js';

/** The options {@link backoffDelays} reads. */
export type BackoffOptions = Pick<
  HealthCheckOptions,
  'maxRetries' | 'max_retries' | 'baseDelayMs' | 'factor' | 'maxDelayMs' | 'jitter' | 'random'
>;

/**
 * The wait before each retry, in ms: `min(maxDelayMs, baseDelayMs * factor^i)` for retry `i`
 * (0-based), then jittered: `none` keeps it, `full` draws from `[0, d]`, `equal` from `[d/2, d]`.
 * Pure: no timers, and the random source is `options.random` (default `Math.random`). One delay per
 * retry, so `maxRetries: 2` gives two delays. Invalid options throw `RC_HEALTH_INVALID_OPTION`.
 *
 * @example
 * backoffDelays({ maxRetries: 4, baseDelayMs: 1000, factor: 2, maxDelayMs: 5000, jitter: 'none' });
 * // → [1000, 2000, 4000, 5000]
 */
export function backoffDelays(options: BackoffOptions = {}): number[] {
  const resolved = resolveOptions(options);
  return Array.from({ length: resolved.maxRetries }, (_, i) => backoffDelay(resolved, i));
}

/** The jittered delay before retry `retryIndex` (0-based); see {@link backoffDelays}. */
export function backoffDelay(
  o: Pick<ResolvedOptions, 'baseDelayMs' | 'factor' | 'maxDelayMs' | 'jitter' | 'random'>,
  retryIndex: number,
): number {
  // factor^i overflows to Infinity for large i; min() then caps it at maxDelayMs as intended.
  const raw = Math.min(o.maxDelayMs, o.baseDelayMs * o.factor ** retryIndex);
  if (o.jitter === 'none') return Math.round(raw);
  const r = o.random();
  if (typeof r !== 'number' || !(r >= 0 && r < 1)) {
    throw new ReadycheckError('RC_HEALTH_INVALID_OPTION', `health option "random" must return a number in [0, 1), got ${String(r)}`);
  }
  return o.jitter === 'full' ? Math.round(r * raw) : Math.round(raw / 2 + (r * raw) / 2);
}

/**
 * Parses a `Retry-After` header: delay-seconds (`"120"`) or an HTTP-date, relative to `nowMs`.
 * Returns the wait in ms (0 for a date in the past), or null when the header is absent or garbage.
 *
 * @example
 * parseRetryAfter('3', Date.now()); // → 3000
 * parseRetryAfter('Wed, 21 Oct 2037 07:28:00 GMT', Date.now()); // → ms until then
 */
export function parseRetryAfter(value: string | string[] | undefined | null, nowMs: number): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== 'string') return null;
  const text = v.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : Number.MAX_SAFE_INTEGER;
  }
  // Only date-looking text: Date.parse would also accept "1" or "-5" and mean something else.
  if (!/[A-Za-z]{3}/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil(at - nowMs));
}
