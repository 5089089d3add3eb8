import net from 'node:net';
import path from 'node:path';
import { truncate, type SmokeSuiteTypes } from '@readycheck/core';
import { HEALTH_DEFAULTS, type HealthCheckResult } from '@readycheck/health';
import { runCommand } from './exec.js';
import { describeFailure, type SmokeHttp } from './http.js';
import type { CheckContext, CheckFn } from './model.js';

type HttpCheck = SmokeSuiteTypes.HttpCheck;
type HealthCheck = SmokeSuiteTypes.HealthCheck;
type CommandCheck = SmokeSuiteTypes.CommandCheck;
type TcpCheck = SmokeSuiteTypes.TcpCheck;

/** Longest response body text attached to a failed http/health check. */
const MAX_ATTACHED_BODY = 2000;

function httpOf(ctx: CheckContext): SmokeHttp {
  if (!ctx.http) throw new Error('no HTTP client in this run');
  return ctx.http as SmokeHttp;
}

function targetUrl(c: { url?: string; path?: string }): string {
  return c.url ?? c.path ?? '/';
}

function attachResponse(ctx: CheckContext, r: HealthCheckResult): void {
  const text = typeof r.body === 'string' ? r.body : (JSON.stringify(r.body) ?? '');
  ctx.attach('response', {
    statusCode: r.statusCode,
    failureKind: r.failureKind,
    latencyMs: r.latencyMs,
    body: text.length > MAX_ATTACHED_BODY ? `${text.slice(0, MAX_ATTACHED_BODY - 1)}…` : r.body,
  });
}

/** The run function of a declarative `http` check: one request, no client-side retries. */
export function httpCheckFn(c: HttpCheck): CheckFn {
  return async (ctx) => {
    const target: {
      url: string;
      method?: string;
      headers?: Record<string, string>;
      body?: string | Record<string, unknown> | unknown[];
      expect?: HttpCheck['expect'];
    } = {
      url: targetUrl(c),
    };
    if (c.method !== undefined) target.method = c.method.toUpperCase();
    if (c.headers !== undefined) target.headers = c.headers;
    if (c.body !== undefined && c.body !== null)
      target.body = typeof c.body === 'string' || typeof c.body === 'object' ? (c.body as string | Record<string, unknown>) : JSON.stringify(c.body);
    if (c.expect !== undefined) target.expect = c.expect;
    const r = await httpOf(ctx).check(target, { maxRetries: 0 });
    if (!r.ok) {
      attachResponse(ctx, r);
      throw new Error(describeFailure(r));
    }
    const latencyMs = r.latencyMs ?? r.totalDurationMs;
    return r.status === 'degraded' ? { latencyMs, degraded: `${r.url} reports degraded` } : { latencyMs };
  };
}

/**
 * The run function of a declarative `health` check: the health client with the check's retry
 * options (`maxRetries`, `baseDelayMs`, `maxDelayMs`, `factor`, `jitter`). A service that answers
 * `degraded` passes, and its component shows as degraded.
 */
export function healthCheckFn(c: HealthCheck): CheckFn {
  return async (ctx) => {
    const options: Record<string, unknown> = {};
    for (const k of ['maxRetries', 'baseDelayMs', 'maxDelayMs', 'factor', 'jitter', 'timeoutMs'] as const) {
      if (c[k] !== undefined) options[k] = c[k];
    }
    // The run's client does not retry (the runner retries whole checks); a declarative health
    // check is the health client's own retry loop, with its defaults: 2 retries, 30 s each.
    options.maxRetries = c.maxRetries ?? HEALTH_DEFAULTS.maxRetries;
    options.timeoutMs = c.timeoutMs ?? HEALTH_DEFAULTS.timeoutMs;
    const target = c.expect === undefined ? targetUrl(c) : { url: targetUrl(c), expect: c.expect };
    const r = await httpOf(ctx).check(target, options);
    if (!r.ok) {
      attachResponse(ctx, r);
      throw new Error(describeFailure(r));
    }
    if (r.attempts.length > 1) ctx.attach('attempts', r.attempts);
    const latencyMs = r.latencyMs ?? r.totalDurationMs;
    return r.status === 'degraded' ? { latencyMs, degraded: `${r.url} reports degraded` } : { latencyMs };
  };
}

/**
 * Runtime budget of a declarative health check: its own retries and waits must fit, so the
 * runner's timeout covers every attempt and every backoff wait.
 */
export function healthBudgetMs(c: HealthCheck): number {
  const retries = c.maxRetries ?? HEALTH_DEFAULTS.maxRetries;
  const perAttempt = c.timeoutMs ?? HEALTH_DEFAULTS.timeoutMs;
  return perAttempt * (retries + 1) + (c.maxDelayMs ?? HEALTH_DEFAULTS.maxDelayMs) * retries + 1000;
}

/** The run function of a declarative `command` check. */
export function commandCheckFn(c: CommandCheck, root: string): CheckFn {
  return async (ctx) => {
    const expected = c.expectExitCode ?? 0;
    const r = await runCommand(c.command, {
      cwd: path.resolve(root, c.cwd ?? '.'),
      env: ctx.env,
      signal: ctx.signal,
    });
    if (r.spawnError !== undefined) throw new Error(`could not start "${c.command}": ${r.spawnError}`);
    if (r.aborted) throw new Error(`"${c.command}" was stopped`);
    const fail = (why: string) => {
      ctx.attach('output', r.output);
      return new Error(`${why}: ${truncate(r.output, 300) || '(no output)'}`);
    };
    if (r.exitCode !== expected) {
      throw fail(`"${c.command}" exited with ${r.exitCode ?? r.signal}, expected ${expected}`);
    }
    if (c.outputMatches !== undefined && !new RegExp(c.outputMatches, 'm').test(r.output)) {
      throw fail(`output of "${c.command}" does not match /${c.outputMatches}/`);
    }
    return { latencyMs: r.durationMs };
  };
}

/** Host and port of a tcp check: its own, else the base URL's. */
export function tcpAddress(c: TcpCheck, baseUrl: string | undefined): { host: string; port: number } {
  let host = c.host;
  let port = c.port;
  if ((host === undefined || port === undefined) && baseUrl !== undefined) {
    const u = new URL(baseUrl);
    host ??= u.hostname.replace(/^\[|\]$/g, '');
    port ??= Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  }
  if (host === undefined || port === undefined) throw new Error('tcp check needs host and port (or a base URL)');
  return { host, port };
}

/** Opens a TCP connection to `host:port` and closes it; rejects when it is refused or aborted. */
export function tcpConnect(host: string, port: number, signal?: AbortSignal): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const onAbort = () => {
      socket.destroy();
      reject(new Error(`connection to ${host}:${port} aborted`));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(Math.round(performance.now() - t0));
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      reject(new Error(`${host}:${port} does not accept connections (${err.code ?? err.message})`));
    });
  });
}

/** The run function of a declarative `tcp` check. */
export function tcpCheckFn(c: TcpCheck): CheckFn {
  return async (ctx) => {
    const { host, port } = tcpAddress(c, ctx.baseUrl);
    return { latencyMs: await tcpConnect(host, port, ctx.signal) };
  };
}
