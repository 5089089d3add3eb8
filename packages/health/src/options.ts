import { ReadycheckError, validateWithSchema } from '@readycheck/core';
import type { Dispatcher } from 'undici';
import type { HealthCheckOptions, HealthClock, HealthExpect, JitterMode, RetryOnToken } from './types.js';

/** Default `retryOn`: timeouts, connection errors and the statuses that mean "try again". */
export const DEFAULT_RETRY_ON: readonly RetryOnToken[] = Object.freeze(['timeout', 'network', 408, 425, 429, 500, 502, 503, 504]);

/** The defaults of {@link HealthCheckOptions}, written out once. */
export const HEALTH_DEFAULTS = Object.freeze({
  timeoutMs: 30_000, // 30 s per attempt
  maxRetries: 2, // three attempts in all
  baseDelayMs: 1_000, // 1 s before the first retry
  factor: 2, // 1 s, 2 s, 4 s…
  maxDelayMs: 10_000, // no single wait longer than 10 s
  jitter: 'full' as JitterMode, // spread retries of many clients apart
  respectRetryAfter: true,
  maxBodyBytes: 1024 * 1024, // 1 MiB
});

// setTimeout fires at once for delays above 2^31-1 ms: reject them rather than spin.
const MAX_TIMER_MS = 2_147_483_647;
const MAX_RETRIES = 100;
const JITTERS: readonly JitterMode[] = ['none', 'full', 'equal'];
const RETRY_CLASSES = new Set(['timeout', 'network', 'invalid_response']);

/** Every option key {@link HealthCheckOptions} accepts; anything else is a typo worth an error. */
export const CHECK_OPTION_KEYS: readonly string[] = [
  'timeoutMs',
  'timeout_ms',
  'maxRetries',
  'max_retries',
  'baseDelayMs',
  'factor',
  'maxDelayMs',
  'jitter',
  'deadlineMs',
  'retryOn',
  'respectRetryAfter',
  'signal',
  'maxBodyBytes',
  'expect',
  'dispatcher',
  'headers',
  'checkId',
  'worker_check_uuid',
  'idempotencyKey',
  'retryNonIdempotent',
  'random',
  'clock',
];

const KNOWN_KEYS = new Set(CHECK_OPTION_KEYS);
// Shared by every check that keeps the default: never mutated (typed read-only).
const DEFAULT_RETRY_SET: ReadonlySet<RetryOnToken> = new Set(DEFAULT_RETRY_ON);

/** Options after defaults and aliases: what one check runs with. */
export interface ResolvedOptions {
  timeoutMs: number;
  maxRetries: number;
  baseDelayMs: number;
  factor: number;
  maxDelayMs: number;
  jitter: JitterMode;
  deadlineMs: number | undefined;
  retryOn: ReadonlySet<RetryOnToken>;
  respectRetryAfter: boolean;
  signal: AbortSignal | undefined;
  maxBodyBytes: number;
  expect: HealthExpect | undefined;
  dispatcher: Dispatcher | undefined;
  headers: Record<string, string>;
  /** Raw check id as given (validated per check, as data, not as an option). */
  checkId: unknown;
  idempotencyKey: string | undefined;
  retryNonIdempotent: boolean;
  random: () => number;
  clock: HealthClock;
}

function invalid(message: string): ReadycheckError {
  return new ReadycheckError('RC_HEALTH_INVALID_OPTION', `health option ${message}`);
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'an array' : `a ${typeof v}`;
}

function pickAlias(o: Record<string, unknown>, name: string, alias: string): unknown {
  const a = o[name];
  const b = o[alias];
  if (a !== undefined && b !== undefined && a !== b) {
    throw invalid(`"${name}" (${describeValue(a)}) and its alias "${alias}" (${describeValue(b)}) disagree`);
  }
  return a ?? b;
}

function num(
  name: string,
  v: unknown,
  fallback: number,
  rule: { min: number; exclusiveMin?: boolean; integer?: boolean; max?: number },
): number {
  if (v === undefined) return fallback;
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!rule.integer || Number.isInteger(v)) &&
    (rule.exclusiveMin ? v > rule.min : v >= rule.min) &&
    (rule.max === undefined || v <= rule.max);
  if (ok) return v;
  const what = rule.integer ? 'an integer' : 'a number';
  const bound = rule.exclusiveMin ? `> ${rule.min}` : `>= ${rule.min}`;
  const upper = rule.max === undefined ? '' : ` and <= ${rule.max}`;
  throw invalid(`"${name}" must be ${what} ${bound}${upper}, got ${describeValue(v)}`);
}

function bool(name: string, v: unknown, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw invalid(`"${name}" must be true or false, got ${describeValue(v)}`);
  return v;
}

function isStatusCode(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 599;
}

/** Validates a header map: string names that are HTTP tokens, string values without CR/LF. */
export function checkHeaders(name: string, v: unknown): Record<string, string> {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(`"${name}" must be an object of strings, got ${describeValue(v)}`);
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) throw invalid(`"${name}" has an invalid header name ${describeValue(k)}`);
    if (typeof val !== 'string' || /[\r\n\0]/.test(val)) {
      throw invalid(`"${name}.${k}" must be a string without CR, LF or NUL, got ${describeValue(val)}`);
    }
    out[k.toLowerCase()] = val;
  }
  return out;
}

/** Validates an `expect` object (throws `RC_HEALTH_INVALID_OPTION`). */
export function checkExpect(name: string, v: unknown): HealthExpect | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(`"${name}" must be an object, got ${describeValue(v)}`);
  const e = v as Record<string, unknown>;
  for (const key of Object.keys(e)) {
    if (!['status', 'bodySchema', 'bodyContains', 'json'].includes(key)) {
      throw invalid(`"${name}" has unknown property "${key}" (expected status, bodySchema, bodyContains, json)`);
    }
  }
  const out: HealthExpect = {};
  if (e.status !== undefined) {
    const list = Array.isArray(e.status) ? e.status : [e.status];
    if (list.length === 0 || !list.every(isStatusCode)) {
      throw invalid(`"${name}.status" must be a status code 100-599 or a non-empty array of them, got ${describeValue(e.status)}`);
    }
    out.status = list as number[];
  }
  if (e.bodySchema !== undefined) {
    if (typeof e.bodySchema !== 'object' || e.bodySchema === null || Array.isArray(e.bodySchema)) {
      throw invalid(`"${name}.bodySchema" must be a JSON Schema object, got ${describeValue(e.bodySchema)}`);
    }
    try {
      // Compiles (and caches) the schema now, so a broken schema fails before any request.
      validateWithSchema(e.bodySchema, null, 'expect.bodySchema');
    } catch (cause) {
      // ajv is an optional peer: without it, say what to install rather than blame the schema.
      if ((cause as { code?: unknown }).code === 'RC_DEPENDENCY_MISSING') throw cause;
      throw new ReadycheckError('RC_HEALTH_INVALID_OPTION', `health option "${name}.bodySchema" is not a valid JSON Schema: ${(cause as Error).message}`, { cause });
    }
    out.bodySchema = e.bodySchema;
  }
  if (e.bodyContains !== undefined) {
    if (typeof e.bodyContains !== 'string') throw invalid(`"${name}.bodyContains" must be a string, got ${describeValue(e.bodyContains)}`);
    out.bodyContains = e.bodyContains;
  }
  if (e.json !== undefined) out.json = bool(`${name}.json`, e.json, false);
  return out;
}

function isDispatcher(v: unknown): v is Dispatcher {
  return typeof v === 'object' && v !== null && typeof (v as { dispatch?: unknown }).dispatch === 'function';
}

function isAbortSignal(v: unknown): v is AbortSignal {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AbortSignal).aborted === 'boolean' &&
    typeof (v as AbortSignal).addEventListener === 'function'
  );
}

/** The default clock: monotonic-ish milliseconds and an abortable sleep. */
export const defaultClock: HealthClock = {
  now: () => performance.timeOrigin + performance.now(),
  sleep: abortableSleep,
};

/**
 * Waits `ms`, or rejects with `signal.reason` as soon as `signal` aborts. The timer is cleared on
 * abort, so an aborted wait leaves nothing behind. It is not unref'ed: a script whose only pending
 * work is `await checkHealth(…)` in a backoff wait must not exit before the retry.
 */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Applies defaults and aliases to `options` and validates every one of them; throws a
 * `ReadycheckError` (`RC_HEALTH_INVALID_OPTION`) naming the option and what was expected.
 */
export function resolveOptions(options: HealthCheckOptions | undefined, extraKeys: readonly string[] = []): ResolvedOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) throw invalid(`object expected, got ${describeValue(options)}`);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN_KEYS.has(key) && !extraKeys.includes(key)) {
      throw invalid(`"${key}" is unknown (known: ${[...CHECK_OPTION_KEYS, ...extraKeys].join(', ')})`);
    }
  }
  const timeoutMs = num('timeoutMs', pickAlias(o, 'timeoutMs', 'timeout_ms'), HEALTH_DEFAULTS.timeoutMs, { min: 0, exclusiveMin: true, max: MAX_TIMER_MS });
  const maxRetries = num('maxRetries', pickAlias(o, 'maxRetries', 'max_retries'), HEALTH_DEFAULTS.maxRetries, { min: 0, integer: true, max: MAX_RETRIES });
  const baseDelayMs = num('baseDelayMs', o.baseDelayMs, HEALTH_DEFAULTS.baseDelayMs, { min: 0, max: MAX_TIMER_MS });
  const factor = num('factor', o.factor, HEALTH_DEFAULTS.factor, { min: 0, exclusiveMin: true, max: 1000 });
  const maxDelayMs = num('maxDelayMs', o.maxDelayMs, HEALTH_DEFAULTS.maxDelayMs, { min: 0, max: MAX_TIMER_MS });
  const deadlineMs = o.deadlineMs === undefined ? undefined : num('deadlineMs', o.deadlineMs, 0, { min: 0, exclusiveMin: true, max: MAX_TIMER_MS });
  const maxBodyBytes = num('maxBodyBytes', o.maxBodyBytes, HEALTH_DEFAULTS.maxBodyBytes, { min: 0, integer: true, max: 2 ** 31 });

  const jitter = o.jitter ?? HEALTH_DEFAULTS.jitter;
  if (!JITTERS.includes(jitter as JitterMode)) throw invalid(`"jitter" must be one of none, full, equal, got ${describeValue(jitter)}`);

  let retryOn: ReadonlySet<RetryOnToken> = DEFAULT_RETRY_SET;
  if (o.retryOn !== undefined) {
    if (!Array.isArray(o.retryOn)) throw invalid(`"retryOn" must be an array of status codes and "timeout" | "network" | "invalid_response", got ${describeValue(o.retryOn)}`);
    for (const t of o.retryOn) {
      if (!isStatusCode(t) && !(typeof t === 'string' && RETRY_CLASSES.has(t))) {
        throw invalid(`"retryOn" entries must be status codes 100-599 or "timeout" | "network" | "invalid_response", got ${describeValue(t)}`);
      }
    }
    retryOn = new Set(o.retryOn as RetryOnToken[]);
  }

  if (o.signal !== undefined && !isAbortSignal(o.signal)) throw invalid(`"signal" must be an AbortSignal, got ${describeValue(o.signal)}`);
  if (o.dispatcher !== undefined && !isDispatcher(o.dispatcher)) throw invalid(`"dispatcher" must be an undici Dispatcher, got ${describeValue(o.dispatcher)}`);
  if (o.random !== undefined && typeof o.random !== 'function') throw invalid(`"random" must be a function returning [0, 1), got ${describeValue(o.random)}`);

  let clock = defaultClock;
  if (o.clock !== undefined) {
    const c = o.clock as Partial<HealthClock> | null;
    if (typeof c !== 'object' || c === null) throw invalid(`"clock" must be an object with now() and/or sleep(), got ${describeValue(c)}`);
    if (c.now !== undefined && typeof c.now !== 'function') throw invalid(`"clock.now" must be a function`);
    if (c.sleep !== undefined && typeof c.sleep !== 'function') throw invalid(`"clock.sleep" must be a function`);
    clock = { now: c.now ?? defaultClock.now, sleep: c.sleep ?? defaultClock.sleep };
  }

  const idempotencyKey = o.idempotencyKey;
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || idempotencyKey === '' || /[\r\n\0]/.test(idempotencyKey))) {
    throw invalid(`"idempotencyKey" must be a non-empty string without CR, LF or NUL, got ${describeValue(idempotencyKey)}`);
  }

  return {
    timeoutMs,
    maxRetries,
    baseDelayMs,
    factor,
    maxDelayMs,
    jitter: jitter as JitterMode,
    deadlineMs,
    retryOn,
    respectRetryAfter: bool('respectRetryAfter', o.respectRetryAfter, HEALTH_DEFAULTS.respectRetryAfter),
    signal: o.signal as AbortSignal | undefined,
    maxBodyBytes,
    expect: checkExpect('expect', o.expect),
    dispatcher: o.dispatcher as Dispatcher | undefined,
    headers: checkHeaders('headers', o.headers),
    checkId: pickAlias(o, 'checkId', 'worker_check_uuid'),
    idempotencyKey: idempotencyKey as string | undefined,
    retryNonIdempotent: bool('retryNonIdempotent', o.retryNonIdempotent, false),
    random: (o.random as (() => number) | undefined) ?? Math.random,
    clock,
  };
}

/** Merges client defaults with per-call overrides (overrides win; `undefined` does not erase). */
export function mergeOptions(base: HealthCheckOptions, overrides: HealthCheckOptions | undefined): HealthCheckOptions {
  if (overrides === undefined) return base;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw invalid(`overrides must be an object, got ${describeValue(overrides)}`);
  }
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) continue;
    // An alias in the override replaces the canonical name from the base, and the other way round.
    if (k === 'timeout_ms') delete out.timeoutMs;
    if (k === 'timeoutMs') delete out.timeout_ms;
    if (k === 'max_retries') delete out.maxRetries;
    if (k === 'maxRetries') delete out.max_retries;
    if (k === 'worker_check_uuid') delete out.checkId;
    if (k === 'checkId') delete out.worker_check_uuid;
    out[k] = v;
  }
  return out as HealthCheckOptions;
}
