import { truncate } from '@readycheck/core';
import type { CheckManyOptions, HealthCheckOptions, HealthCheckResult, HealthClient, HealthTarget } from '@readycheck/health';

/**
 * `ctx.http` of a check: the run's health client (one undici Agent for the whole run), with
 * relative URLs resolved against the base URL, the attempt's signal passed along, and by default
 * no client-side retries (the runner retries whole checks; pass `maxRetries` to change that).
 */
export interface SmokeHttp {
  /** Checks one target; never throws for an unhealthy service: look at `result.ok`. */
  check(target: HealthTarget, overrides?: HealthCheckOptions): Promise<HealthCheckResult>;
  /** Like {@link SmokeHttp.check}, but throws a one-line error when the result is not ok. */
  expectOk(target: HealthTarget, overrides?: HealthCheckOptions): Promise<HealthCheckResult>;
  /** Checks many targets, at most `concurrency` at once; results in input order. */
  checkMany(targets: readonly HealthTarget[], options?: CheckManyOptions): Promise<HealthCheckResult[]>;
  /** Resolves a path against the base URL. */
  url(pathOrUrl: string | URL): string;
}

/** Options of {@link createSmokeHttp}. */
export interface SmokeHttpOptions {
  client: HealthClient;
  baseUrl: string | undefined;
  signal: AbortSignal;
  /** Per-request timeout (the check's timeout). */
  timeoutMs: number;
}

/** Resolves `target` against `baseUrl`, joining paths (absolute URLs are kept). */
export function resolveUrl(target: string | URL, baseUrl: string | undefined): string {
  if (target instanceof URL) return target.href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
  if (baseUrl === undefined) {
    throw new Error(`relative URL "${target}" needs a base URL (--base-url or the suite's baseUrl)`);
  }
  // Joined like ofetch's baseURL: `/health` under `http://h/api` is `http://h/api/health`.
  const base = baseUrl.replace(/\/+$/, '');
  return new URL(base + (target.startsWith('/') ? target : `/${target}`)).href;
}

function resolveTarget(target: HealthTarget, baseUrl: string | undefined): HealthTarget {
  if (typeof target === 'string' || target instanceof URL) return resolveUrl(target, baseUrl);
  return { ...target, url: resolveUrl(target.url, baseUrl) };
}

/** One-line description of a failed health result, for error messages. */
export function describeFailure(r: HealthCheckResult): string {
  const what = `${r.method} ${r.url}`;
  const status = r.statusCode === null ? '' : ` (HTTP ${r.statusCode})`;
  const err = r.error ? `: ${truncate(r.error.message, 300)}` : '';
  const tries = r.attempts.length > 1 ? ` after ${r.attempts.length} attempts` : '';
  return `${what} ${r.failureKind ?? r.status}${status}${err}${tries}`;
}

/** Builds `ctx.http` for one attempt of a check. */
export function createSmokeHttp(opts: SmokeHttpOptions): SmokeHttp {
  const defaults = (overrides: HealthCheckOptions | undefined): HealthCheckOptions => ({
    // A check's own snake_case alias (`timeout_ms`, `max_retries`) stands in for the default, so
    // the default must not be set beside it, or the client sees two disagreeing values.
    ...(overrides?.max_retries === undefined ? { maxRetries: 0 } : {}),
    ...(overrides?.timeout_ms === undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...overrides,
    signal: overrides?.signal ? AbortSignal.any([opts.signal, overrides.signal]) : opts.signal,
  });
  const http: SmokeHttp = {
    url: (p) => resolveUrl(p, opts.baseUrl),
    check: (target, overrides) => opts.client.check(resolveTarget(target, opts.baseUrl), defaults(overrides)),
    async expectOk(target, overrides) {
      const r = await http.check(target, overrides);
      if (!r.ok) throw new Error(describeFailure(r));
      return r;
    },
    checkMany: (targets, options) =>
      opts.client.checkMany(
        targets.map((t) => resolveTarget(t, opts.baseUrl)),
        defaults(options) as CheckManyOptions,
      ),
  };
  return http;
}
