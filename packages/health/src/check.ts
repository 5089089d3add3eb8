import { EventEmitter } from 'node:events';
import { truncate, validateWithSchema } from '@readycheck/core';
import { getGlobalDispatcher } from 'undici';
import type { Dispatcher } from 'undici';
import { backoffDelay, parseRetryAfter } from './backoff.js';
import { readBody, type BodyRead } from './body.js';
import { checkExpect, checkHeaders, resolveOptions, type ResolvedOptions } from './options.js';
import type {
  AttemptOutcome,
  AttemptRecord,
  FailureKind,
  HealthCheckOptions,
  HealthCheckResult,
  HealthExpect,
  HealthTarget,
  StopReason,
} from './types.js';

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);
const TARGET_KEYS = new Set(['url', 'method', 'headers', 'body', 'expect']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);
/** Longest service-provided text (body, error) kept in a result or message. */
const MAX_TEXT = 4096;
const MAX_MESSAGE = 300;
const CODE_OF_KIND: Record<FailureKind, string> = {
  timeout: 'RC_HEALTH_TIMEOUT',
  http_status: 'RC_HEALTH_HTTP_STATUS',
  network: 'RC_HEALTH_NETWORK',
  invalid_response: 'RC_HEALTH_INVALID_RESPONSE',
  aborted: 'RC_HEALTH_ABORTED',
  validation: 'RC_HEALTH_VALIDATION',
};

/**
 * Checks one target: sends the request, retries what `retryOn` allows with capped exponential
 * backoff (or the service's `Retry-After`), within `timeoutMs` per attempt and `deadlineMs` in all.
 * Never rejects for a failing service: the result says what happened. It rejects only for invalid
 * options (`RC_HEALTH_INVALID_OPTION`), before any request.
 *
 * @example
 * import { checkHealth } from '@readycheck/health';
 * const result = await checkHealth('http://127.0.0.1:8080/health', { timeoutMs: 2000, maxRetries: 3 });
 * if (!result.ok) console.error(result.failureKind, result.error?.message);
 */
export function checkHealth(target: HealthTarget, options?: HealthCheckOptions): Promise<HealthCheckResult> {
  // Not `async`: one promise layer less per check; an invalid option still arrives as a rejection.
  let resolved: ResolvedOptions;
  try {
    resolved = resolveOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return runCheck(target, resolved);
}

/** Alias of {@link checkHealth}, under the name orchestrators know. */
export const executeHealthCheckWithRetry: typeof checkHealth = checkHealth;

interface PreparedRequest {
  url: URL;
  displayUrl: string;
  /** `url`'s origin and path (with the query), computed once for every attempt's dispatch. */
  origin: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  expect: HealthExpect | undefined;
}

interface AttemptResult {
  outcome: AttemptOutcome;
  statusCode: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  retryAfterMs: number | null;
  body: unknown;
  durationMs: number;
  startedAt: number;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function displayUrlOf(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

/** Hides `user:password@` in text that may not even parse as a URL. */
function redact(text: string): string {
  return text.replace(/\/\/[^/?#@\s]*@/g, '//***@');
}

function rawUrlText(target: unknown): string {
  const raw = typeof target === 'object' && target !== null && !(target instanceof URL) ? (target as { url?: unknown }).url : target;
  if (raw instanceof URL) return displayUrlOf(raw);
  if (typeof raw !== 'string') return '';
  try {
    return truncate(displayUrlOf(new URL(raw)), 200);
  } catch {
    return truncate(redact(raw), 200);
  }
}

/** Turns a target into a request, or a one-line reason it is not one. */
function prepareTarget(target: HealthTarget, o: ResolvedOptions): PreparedRequest | string {
  const plain = typeof target === 'string' || target instanceof URL;
  const t: Exclude<HealthTarget, string | URL> = plain ? { url: target } : (target as Exclude<HealthTarget, string | URL>);
  if (typeof t !== 'object' || t === null || Array.isArray(t)) return `target must be a URL string or an object with "url", got ${typeof t}`;
  if (!plain) {
    for (const key of Object.keys(t)) {
      if (!TARGET_KEYS.has(key)) return `target has unknown property "${key}" (expected url, method, headers, body, expect)`;
    }
  }
  let url: URL;
  try {
    url = t.url instanceof URL ? new URL(t.url.href) : new URL(String(t.url));
  } catch {
    return `target url ${JSON.stringify(truncate(redact(String(t.url)), 200))} is not a valid absolute URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `target url scheme "${url.protocol}" is not http: or https:`;
  const method = t.method === undefined ? 'GET' : String(t.method).toUpperCase();
  if (!/^[!#$%&'*+.^_`|~0-9A-Z-]+$/.test(method)) return `target method ${JSON.stringify(truncate(String(t.method), 40))} is not an HTTP method`;

  let headers: Record<string, string>;
  let expect: HealthExpect | undefined;
  try {
    headers = t.headers === undefined ? { ...o.headers } : { ...o.headers, ...checkHeaders('target.headers', t.headers) };
    expect = t.expect === undefined ? o.expect : checkExpect('target.expect', t.expect);
  } catch (err) {
    return (err as Error).message.replace(/^health option /, '');
  }
  // Credentials in the URL become a Basic header: undici does not send userinfo, and the result
  // must never show them.
  if (url.username !== '' || url.password !== '') {
    let user: string;
    let pass: string;
    try {
      user = decodeURIComponent(url.username);
      pass = decodeURIComponent(url.password);
    } catch {
      return 'target url has malformed percent-encoding in its credentials';
    }
    headers.authorization ??= `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }

  let body: string | Uint8Array | undefined;
  if (t.body !== undefined) {
    if (typeof t.body === 'string' || t.body instanceof Uint8Array) {
      body = t.body;
    } else {
      try {
        body = JSON.stringify(t.body);
      } catch (err) {
        return `target body is not JSON-serialisable: ${(err as Error).message}`;
      }
      headers['content-type'] ??= 'application/json';
    }
  }
  if (o.idempotencyKey !== undefined) headers['idempotency-key'] ??= o.idempotencyKey;
  return { url, displayUrl: url.href, origin: url.origin, path: `${url.pathname}${url.search}`, method, headers, body, expect };
}

function codeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { code?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === 'string') return e.code;
  // Happy-eyeballs connects fail with an AggregateError whose parts carry the code.
  if (Array.isArray(e.errors)) for (const part of e.errors) if (typeof part?.code === 'string') return part.code as string;
  return codeOf(e.cause);
}

function messageOf(err: unknown): string {
  if (err instanceof Error) {
    const parts = Array.isArray((err as AggregateError).errors) && err.message === '' ? (err as AggregateError).errors.map(messageOf) : [err.message];
    const cause = err.cause instanceof Error && err.cause.message !== err.message ? ` (${err.cause.message})` : '';
    return `${parts.join('; ')}${cause}`;
  }
  return String(err);
}

/** Leading whitespace, then an object or array: worth a JSON.parse even without a JSON content-type. */
const LOOKS_LIKE_JSON = /^\s*[[{]/;
const SERVICE_DEGRADED = new Set(['degraded', 'warn', 'warning']);
const SERVICE_DOWN = new Set(['down', 'fail', 'failed', 'failing', 'unhealthy', 'error', 'critical']);

interface Verdict {
  outcome: AttemptOutcome;
  message: string | null;
  body: unknown;
}

/** Judges an answered attempt: status, size, JSON, schema, contents, and the service's own verdict. */
function judge(statusCode: number, contentType: string, read: BodyRead, expect: HealthExpect | undefined, maxBodyBytes: number): Verdict {
  const statusOk = expect?.status ? (expect.status as number[]).includes(statusCode) : statusCode >= 200 && statusCode <= 299;
  const expected = expect?.status ? (expect.status as number[]).join(', ') : '2xx';
  if (read.tooLarge) {
    const message = `body exceeds maxBodyBytes (${maxBodyBytes} bytes) and was cut off`;
    return statusOk
      ? { outcome: 'invalid_response', message, body: null }
      : { outcome: 'http_status', message: `unexpected status ${statusCode} (expected ${expected}); ${message}`, body: null };
  }
  const text = read.text;
  const jsonExpected = expect?.json === true || expect?.bodySchema !== undefined;
  const jsonDeclared = /\bjson\b/i.test(contentType);
  let body: unknown = text === '' ? null : text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  let jsonError: string | null = null;
  if (text !== '' && (jsonExpected || jsonDeclared || LOOKS_LIKE_JSON.test(text))) {
    try {
      body = JSON.parse(text) as unknown;
    } catch (err) {
      jsonError = (err as Error).message;
    }
  }
  if (!statusOk) {
    const snippet = text === '' ? '' : `: ${truncate(text, 120)}`;
    return { outcome: 'http_status', message: `unexpected status ${statusCode} (expected ${expected})${snippet}`, body };
  }
  if (jsonExpected && text.trim() === '') return { outcome: 'invalid_response', message: 'body is empty, JSON expected', body: null };
  if (jsonError !== null && (jsonExpected || jsonDeclared)) {
    return { outcome: 'invalid_response', message: `body is not valid JSON (${truncate(jsonError, 120)}): ${truncate(text, 80)}`, body };
  }
  if (expect?.bodySchema !== undefined) {
    const r = validateWithSchema(expect.bodySchema, body, 'response body');
    if (!r.valid) {
      const first = r.issues[0]!;
      const more = r.issues.length > 1 ? ` (and ${r.issues.length - 1} more)` : '';
      return { outcome: 'invalid_response', message: `body fails expect.bodySchema at ${first.pointer || '/'}: ${first.message}${more}`, body };
    }
  }
  if (expect?.bodyContains !== undefined && !text.includes(expect.bodyContains)) {
    return { outcome: 'invalid_response', message: `body does not contain ${JSON.stringify(truncate(expect.bodyContains, 80))}`, body };
  }
  const reported = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { status?: unknown }).status : undefined;
  if (typeof reported === 'string') {
    const s = reported.toLowerCase();
    if (SERVICE_DEGRADED.has(s)) return { outcome: 'degraded', message: null, body };
    if (SERVICE_DOWN.has(s)) return { outcome: 'invalid_response', message: `service reports status ${JSON.stringify(truncate(reported, 40))}`, body };
  }
  return { outcome: 'healthy', message: null, body };
}

/** One attempt with its own AbortController and timer, both released before it returns. */
async function runAttempt(req: PreparedRequest, o: ResolvedOptions, budgetMs: number, cutByDeadline: boolean): Promise<AttemptResult> {
  const startedAt = o.clock.now();
  // undici accepts an EventEmitter as `signal`: far cheaper per attempt than an AbortController
  // (an EventTarget), and we classify the abort by our own flags, not by undici's error.
  const abort = new EventEmitter();
  let abortedBy: 'timeout' | 'caller' | undefined;
  let timeoutMessage = '';
  const timer = setTimeout(() => {
    abortedBy ??= 'timeout';
    timeoutMessage = cutByDeadline
      ? `attempt timed out after ${Math.round(budgetMs)} ms (what was left of deadlineMs)`
      : `attempt timed out after ${Math.round(budgetMs)} ms`;
    abort.emit('abort');
  }, budgetMs);
  const outer = o.signal;
  const onAbort = (): void => {
    abortedBy ??= 'caller';
    abort.emit('abort');
  };
  outer?.addEventListener('abort', onAbort, { once: true });
  const done = (
    outcome: AttemptOutcome,
    statusCode: number | null,
    errorCode: string | null,
    errorMessage: string | null,
    retryAfterMs: number | null,
    body: unknown,
  ): AttemptResult => ({ outcome, statusCode, errorCode, errorMessage, retryAfterMs, body, durationMs: round(o.clock.now() - startedAt), startedAt });
  let statusCode: number | null = null;
  let retryAfterMs: number | null = null;
  try {
    // The dispatcher's own request(): undici's top-level request(url, opts) only re-derives the
    // origin and path from the URL and copies the options before calling it, on every attempt.
    const res = await (o.dispatcher ?? getGlobalDispatcher()).request({
      origin: req.origin,
      path: req.path,
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body,
      signal: abort,
    });
    statusCode = res.statusCode;
    const ra = res.headers['retry-after'];
    if (ra !== undefined) retryAfterMs = parseRetryAfter(ra, o.clock.now());
    const read = await readBody(res, req.method, o.maxBodyBytes);
    const ct = res.headers['content-type'];
    const verdict = judge(res.statusCode, Array.isArray(ct) ? (ct[0] ?? '') : (ct ?? ''), read, req.expect, o.maxBodyBytes);
    const failed = verdict.outcome !== 'healthy' && verdict.outcome !== 'degraded';
    return done(
      verdict.outcome,
      statusCode,
      failed ? CODE_OF_KIND[verdict.outcome as FailureKind] : null,
      failed ? truncate(verdict.message ?? verdict.outcome, MAX_MESSAGE) : null,
      retryAfterMs,
      verdict.body,
    );
  } catch (err) {
    let kind: FailureKind;
    let code: string;
    let message: string;
    if (abortedBy === 'timeout') {
      kind = 'timeout';
      code = 'RC_HEALTH_TIMEOUT';
      message = timeoutMessage;
    } else if (abortedBy === 'caller') {
      kind = 'aborted';
      code = 'RC_HEALTH_ABORTED';
      message = `aborted: ${messageOf(outer?.reason)}`;
    } else {
      code = codeOf(err) ?? 'RC_HEALTH_NETWORK';
      kind = TIMEOUT_CODES.has(code) ? 'timeout' : code === 'UND_ERR_INVALID_ARG' ? 'validation' : 'network';
      message = messageOf(err);
    }
    return done(kind, statusCode, code, truncate(message, MAX_MESSAGE), retryAfterMs, null);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

function isRetryable(a: AttemptResult, o: ResolvedOptions): boolean {
  switch (a.outcome) {
    case 'timeout':
    case 'network':
    case 'invalid_response':
      return o.retryOn.has(a.outcome);
    case 'http_status':
      return a.statusCode !== null && o.retryOn.has(a.statusCode);
    default:
      return false;
  }
}

// One never-aborting signal for waits when the caller gave none.
const NEVER = new AbortController().signal;

/** Runs a check with already-resolved options. Never rejects for a failing service. */
export async function runCheck(target: HealthTarget, o: ResolvedOptions): Promise<HealthCheckResult> {
  const start = o.clock.now();
  const attempts: AttemptRecord[] = [];
  const prepared = prepareTarget(target, o);
  const method = typeof prepared === 'string' ? 'GET' : prepared.method;
  const url = typeof prepared === 'string' ? rawUrlText(target) : prepared.displayUrl;
  const checkId = typeof o.checkId === 'string' && UUID.test(o.checkId) ? o.checkId.toLowerCase() : null;

  const finish = (
    outcome: AttemptOutcome,
    stopReason: StopReason,
    stopDetail: string | null,
    error: { code: string; message: string } | null,
    last: AttemptResult | undefined,
  ): HealthCheckResult => {
    const ok = outcome === 'healthy' || outcome === 'degraded';
    return {
      ok,
      status: outcome === 'healthy' ? 'healthy' : outcome === 'degraded' ? 'degraded' : 'unhealthy',
      failureKind: ok ? null : (outcome as FailureKind),
      statusCode: last?.statusCode ?? null,
      error: ok ? null : error,
      stopReason,
      stopDetail,
      url,
      method,
      checkId,
      attempts,
      latencyMs: last?.durationMs ?? null,
      totalDurationMs: round(o.clock.now() - start),
      body: last?.body ?? null,
    };
  };

  const refuse = (message: string): HealthCheckResult =>
    finish('validation', 'invalid', message, { code: 'RC_HEALTH_VALIDATION', message: truncate(message, MAX_MESSAGE) }, undefined);
  if (typeof prepared === 'string') return refuse(prepared);
  if (o.checkId !== undefined && checkId === null) {
    const shown = typeof o.checkId === 'string' ? JSON.stringify(truncate(o.checkId, 60)) : typeof o.checkId;
    return refuse(`checkId must be a UUID (8-4-4-4-12 hex digits), got ${shown}; no request sent`);
  }
  if (checkId !== null) prepared.headers['x-check-id'] ??= checkId;

  const retriable = IDEMPOTENT.has(prepared.method) || o.idempotencyKey !== undefined || o.retryNonIdempotent;
  let last: AttemptResult | undefined;
  for (let i = 0; ; i++) {
    // Also catches an injected sleep that resolved although the signal aborted.
    if (o.signal?.aborted) {
      const message = `aborted before attempt ${i + 1}: ${messageOf(o.signal.reason)}`;
      return finish('aborted', 'aborted', null, { code: 'RC_HEALTH_ABORTED', message: truncate(message, MAX_MESSAGE) }, last);
    }
    const left = o.deadlineMs === undefined ? Infinity : o.deadlineMs - (o.clock.now() - start);
    if (left <= 0 && last !== undefined) {
      // A wait that overslept its timer can land past the deadline: no attempt is better than a doomed one.
      const error = last.errorCode === null ? null : { code: last.errorCode, message: last.errorMessage ?? last.outcome };
      return finish(last.outcome, 'deadline', `deadlineMs ${o.deadlineMs} reached before attempt ${i + 1}`, error, last);
    }
    const budget = Math.max(1, Math.min(o.timeoutMs, left));
    const a = await runAttempt(prepared, o, budget, budget < o.timeoutMs);
    last = a;
    const record: AttemptRecord = {
      attempt: i + 1,
      startedAt: new Date(a.startedAt).toISOString(),
      durationMs: a.durationMs,
      outcome: a.outcome,
      statusCode: a.statusCode,
      errorCode: a.errorCode,
      errorMessage: a.errorMessage,
      retryAfterMs: a.retryAfterMs,
      delayMs: null,
      delayReason: null,
    };
    attempts.push(record);
    const error = a.errorCode === null ? null : { code: a.errorCode, message: a.errorMessage ?? a.outcome };
    if (a.outcome === 'healthy' || a.outcome === 'degraded') return finish(a.outcome, 'succeeded', null, null, a);
    if (a.outcome === 'aborted') return finish(a.outcome, 'aborted', 'aborted during attempt', error, a);
    if (!isRetryable(a, o)) {
      return finish(a.outcome, 'not_retryable', `${a.statusCode === null ? a.outcome : `status ${a.statusCode}`} is not in retryOn`, error, a);
    }
    if (!retriable) {
      return finish(a.outcome, 'not_idempotent', `${prepared.method} is not retried without idempotencyKey or retryNonIdempotent`, error, a);
    }
    if (i >= o.maxRetries) return finish(a.outcome, 'retries_exhausted', `${i + 1} attempts made (maxRetries ${o.maxRetries})`, error, a);

    const useRetryAfter = o.respectRetryAfter && a.retryAfterMs !== null;
    const delay = useRetryAfter ? Math.min(a.retryAfterMs!, o.maxDelayMs) : backoffDelay(o, i);
    const reason = useRetryAfter ? 'retry-after' : 'backoff';
    if (o.deadlineMs !== undefined) {
      const remaining = o.deadlineMs - (o.clock.now() - start);
      if (delay >= remaining) {
        const what = useRetryAfter
          ? `Retry-After asks for ${a.retryAfterMs} ms${delay < a.retryAfterMs! ? ` (capped to ${delay} ms)` : ''}`
          : `the next backoff wait is ${delay} ms`;
        return finish(
          a.outcome,
          'deadline',
          `${what} but only ${Math.max(0, Math.round(remaining))} ms of deadlineMs ${o.deadlineMs} remain; not waiting`,
          error,
          a,
        );
      }
    }
    record.delayMs = delay;
    record.delayReason = reason;
    try {
      await o.clock.sleep(delay, o.signal ?? NEVER);
    } catch (reasonErr) {
      const message = `aborted during the ${delay} ms ${reason} wait: ${messageOf(o.signal?.aborted ? o.signal.reason : reasonErr)}`;
      return finish('aborted', 'aborted', message, { code: 'RC_HEALTH_ABORTED', message: truncate(message, MAX_MESSAGE) }, a);
    }
  }
}
