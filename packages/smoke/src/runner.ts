import { performance } from 'node:perf_hooks';
import { truncate } from '@readycheck/core';
import { createHealthClient, type HealthClient } from '@readycheck/health';
import { createSmokeHttp, type SmokeHttp } from './http.js';
import { cleanStack } from './stack.js';
import { createWsClient } from './websocket.js';
import { createPageClient } from './page.js';
import type { Browser } from 'playwright-core';
import { retryDelay, type RetryPolicy } from './backoff.js';
import type { CheckContext, CheckOutcome } from './model.js';
import type { Plan, PlannedCheck } from './plan.js';
import type { CheckResult, Reporter } from './reporters/types.js';
import { MAX_TRACE, describeOutcome, errorMessage, latencyOf, notRun, safeJson, toJsonValue, toResult, type AttemptRecord } from './result.js';

/** Per-attempt timeout when neither the check nor the run sets one. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Checks in flight at once when `--max-parallel` is not given. */
export const DEFAULT_MAX_PARALLEL = 8;

/** Options of {@link runPlan}. */
export interface RunOptions {
  /** Checks in flight at once (default 8). */
  maxParallel?: number;
  /** Retries for checks that set none (default 0). */
  retries?: number;
  /** Per-attempt timeout for checks that set none (default 30000). */
  timeoutMs?: number;
  /** After the first failure, start nothing more; the rest is reported as skipped. */
  failFast?: boolean;
  /** Aborting it interrupts the run: nothing new starts, running checks are aborted. */
  signal?: AbortSignal;
  /** `--base-url`; overrides a suite's `baseUrl`. */
  baseUrl?: string;
  /** Environment checks see (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Waits between the attempts of checks that set none (default {@link RETRY_DEFAULTS}: 1 s,
   * then twice as long each time, at most 10 s, no jitter).
   */
  retry?: RetryPolicy;
  /** Random source for retry jitter (default `Math.random`). */
  random?: () => number;
  /** Receives `onCheckStart` and `onCheckEnd`. */
  reporter?: Pick<Reporter, 'onCheckStart' | 'onCheckEnd'>;
  /**
   * Builds `ctx.http` for one attempt. Default: a wrapper (see `createSmokeHttp`) around one
   * health client for the whole run, created on first use and closed when the run ends.
   */
  /** The run's browser for page checks (smoke-run starts one Chromium per run, on first use). */
  browser?: () => Promise<Browser>;
  http?: (info: { check: PlannedCheck; baseUrl: string | undefined; signal: AbortSignal; timeoutMs: number }) => SmokeHttp;
}

/** What {@link runPlan} returns. */
export interface RunResult {
  /** One entry per planned check, in plan order. */
  tests: CheckResult[];
  interrupted: boolean;
  /** ms since the epoch. */
  start: number;
  stop: number;
}

/** Thrown into `ctx.signal` when an attempt runs out of time. */
export class CheckTimeoutError extends Error {
  readonly code = 'RC_SMOKE_TIMEOUT';
  constructor(ms: number) {
    super(`timed out after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Runs a plan: at most `maxParallel` checks at once (and at most a group's `maxParallel` of one
 * group), each in dependency order, with per-attempt timeouts that abort `ctx.signal`, retries,
 * flaky detection, `blocked` for checks whose dependency did not pass, group and run fail-fast,
 * and interruption through `signal`.
 *
 * @example
 * const ac = new AbortController();
 * process.once('SIGINT', () => ac.abort());
 * const { tests, interrupted } = await runPlan(plan, { maxParallel: 4, signal: ac.signal });
 */
export function runPlan(plan: Plan, options: RunOptions = {}): Promise<RunResult> {
  return new Scheduler(plan, options).run();
}

class Scheduler {
  readonly #plan: Plan;
  readonly #opts: RunOptions;
  readonly #maxParallel: number;
  readonly #index = new Map<string, number>();
  readonly #byId = new Map<string, PlannedCheck>();
  readonly #remaining = new Map<string, number>();
  readonly #successors = new Map<string, string[]>();
  readonly #results = new Map<string, CheckResult>();
  readonly #ready: PlannedCheck[] = [];
  #readyHead = 0;
  readonly #resume: PlannedCheck[] = [];
  readonly #groupRunning = new Map<string, number>();
  readonly #groupWaiting = new Map<string, PlannedCheck[]>();
  readonly #groupFailed = new Set<string>();
  readonly #controllers = new Set<AbortController>();
  readonly #sleepers = new Set<() => void>();
  #running = 0;
  #failedOnce = false;
  #interrupted = false;
  #finish: (() => void) | undefined;
  readonly #pending: Promise<void>[] = [];
  #client: HealthClient | undefined;
  #reporterChain: Promise<unknown> = Promise.resolve();

  constructor(plan: Plan, opts: RunOptions) {
    this.#plan = plan;
    this.#opts = opts;
    this.#maxParallel = Math.max(1, opts.maxParallel ?? DEFAULT_MAX_PARALLEL);
    plan.checks.forEach((c, i) => {
      this.#index.set(c.id, i);
      this.#byId.set(c.id, c);
    });
    for (const c of plan.checks) {
      const preds = [...new Set([...c.dependsOn, ...c.after])].filter((p) => this.#byId.has(p));
      this.#remaining.set(c.id, preds.length);
      for (const p of preds) {
        const s = this.#successors.get(p);
        if (s) s.push(c.id);
        else this.#successors.set(p, [c.id]);
      }
    }
    // Start in wave order, then definition order.
    const initial = plan.checks.filter((c) => this.#remaining.get(c.id) === 0);
    this.#ready.push(...initial);
  }

  async run(): Promise<RunResult> {
    const start = Date.now();
    const signal = this.#opts.signal;
    const onAbort = () => this.#interrupt();
    if (signal?.aborted) this.#interrupted = true;
    else signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (this.#plan.checks.length) {
        await new Promise<void>((resolve) => {
          this.#finish = resolve;
          this.#pump();
        });
      }
      await Promise.all(this.#pending);
      await this.#reporterChain;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await this.#client?.close();
    }
    // Whatever never started (interrupted runs) is reported as not run.
    for (const c of this.#plan.checks) {
      if (this.#results.has(c.id)) continue;
      const r = notRun(c, 'skipped', 'interrupted', 'not run: the run was interrupted');
      this.#results.set(c.id, r);
      this.#report(() => this.#opts.reporter?.onCheckEnd?.(r));
    }
    await this.#reporterChain;
    const tests = this.#plan.checks.map((c) => this.#results.get(c.id)!);
    return { tests, interrupted: this.#interrupted, start, stop: Date.now() };
  }

  #defaultHttp(baseUrl: string | undefined, signal: AbortSignal, timeoutMs: number): SmokeHttp {
    // One client (one keep-alive Agent) for the whole run, made only when a check uses HTTP.
    const client = (): HealthClient => (this.#client ??= createHealthClient({ connections: Math.max(this.#maxParallel, 8), maxRetries: 0 }));
    let inner: SmokeHttp | undefined;
    const http = () => (inner ??= createSmokeHttp({ client: client(), baseUrl, signal, timeoutMs }));
    return {
      url: (p) => http().url(p),
      check: (t, o) => http().check(t, o),
      expectOk: (t, o) => http().expectOk(t, o),
      checkMany: (t, o) => http().checkMany(t, o),
    };
  }

  // Reporter calls run one after another in event order; the run awaits the chain before it
  // returns. Reporter errors are the multiplexer's business: a plain reporter's throw must not stop the run.
  #report(call: () => unknown): void {
    this.#reporterChain = this.#reporterChain.then(call).catch(() => undefined);
  }

  // The wait before a retry; an interrupt ends it at once.
  #pause(ms: number): Promise<void> {
    if (ms <= 0 || this.#interrupted) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#sleepers.add(wake);
    });
  }

  #interrupt(): void {
    for (const wake of [...this.#sleepers]) wake();
    this.#interrupted = true;
    for (const ac of this.#controllers) ac.abort(new InterruptError());
    this.#maybeFinish();
  }

  #maybeFinish(): void {
    if (this.#running > 0) return;
    const done = this.#results.size === this.#plan.checks.length;
    if (done || this.#interrupted) this.#finish?.();
  }

  #next(): PlannedCheck | undefined {
    if (this.#resume.length) return this.#resume.shift();
    if (this.#readyHead < this.#ready.length) {
      const c = this.#ready[this.#readyHead++];
      // Drop consumed entries now and then so a long run does not keep them all.
      if (this.#readyHead > 1024 && this.#readyHead * 2 > this.#ready.length) {
        this.#ready.splice(0, this.#readyHead);
        this.#readyHead = 0;
      }
      return c;
    }
    return undefined;
  }

  #pump(): void {
    while (!this.#interrupted) {
      const check = this.#next();
      if (!check) break;
      const settled = this.#settleWithoutRunning(check);
      if (settled) {
        this.#complete(check, settled);
        continue;
      }
      const g = check.group;
      if (g?.maxParallel !== undefined && (this.#groupRunning.get(g.key) ?? 0) >= g.maxParallel) {
        const waiting = this.#groupWaiting.get(g.key);
        if (waiting) waiting.push(check);
        else this.#groupWaiting.set(g.key, [check]);
        continue;
      }
      if (this.#running >= this.#maxParallel) {
        this.#resume.unshift(check);
        break;
      }
      this.#start(check);
    }
    this.#maybeFinish();
  }

  // Blocked, skipped and fail-fast checks end without running.
  #settleWithoutRunning(check: PlannedCheck): CheckResult | undefined {
    const blockers = check.dependsOn.filter((d) => {
      const r = this.#results.get(d);
      return r !== undefined && r.status !== 'passed';
    });
    if (blockers.length) {
      const what = blockers.map((b) => `${b} (${describeOutcome(this.#results.get(b)!)})`).join(', ');
      return notRun(check, 'skipped', 'blocked', `blocked: dependency did not pass: ${what}`, blockers);
    }
    if (check.skip) return notRun(check, 'skipped', 'skipped', 'skipped: marked skip');
    if (this.#opts.failFast && this.#failedOnce) return notRun(check, 'skipped', 'skipped', 'not run: --fail-fast stopped the run after a failure');
    if (check.group?.failFast && this.#groupFailed.has(check.group.key)) {
      return notRun(check, 'skipped', 'skipped', `not run: group "${check.group.name}" fails fast and a check in it failed`);
    }
    return undefined;
  }

  #start(check: PlannedCheck): void {
    this.#running++;
    const g = check.group;
    if (g) this.#groupRunning.set(g.key, (this.#groupRunning.get(g.key) ?? 0) + 1);
    const p = this.#execute(check).then((result) => {
      this.#running--;
      if (g) {
        this.#groupRunning.set(g.key, (this.#groupRunning.get(g.key) ?? 1) - 1);
        const waiting = this.#groupWaiting.get(g.key);
        const resumed = waiting?.shift();
        if (resumed) this.#resume.push(resumed);
      }
      this.#complete(check, result);
      this.#pump();
    });
    this.#pending.push(p);
  }

  #complete(check: PlannedCheck, result: CheckResult): void {
    this.#results.set(check.id, result);
    if (result.status === 'failed') {
      this.#failedOnce = true;
      if (check.group?.failFast) this.#groupFailed.add(check.group.key);
    }
    this.#report(() => this.#opts.reporter?.onCheckEnd?.(result));
    for (const s of this.#successors.get(check.id) ?? []) {
      const n = (this.#remaining.get(s) ?? 1) - 1;
      this.#remaining.set(s, n);
      if (n === 0) this.#ready.push(this.#byId.get(s)!);
    }
  }

  async #execute(check: PlannedCheck): Promise<CheckResult> {
    this.#report(() => this.#opts.reporter?.onCheckStart?.({ id: check.id, name: check.name }));
    const startedAt = Date.now();
    const maxAttempts = 1 + Math.max(0, check.retries ?? this.#opts.retries ?? 0);
    const timeoutMs = check.timeoutMs ?? this.#opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const attempts: AttemptRecord[] = [];
    const attachments: { name: string; value: unknown }[] = [];
    const logLines: string[] = [];
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const record = await this.#attempt(check, attempt, timeoutMs, attachments, logLines);
      attempts.push(record);
      if (record.status === 'passed' || record.interrupted || this.#interrupted) break;
      if (attempt < maxAttempts) await this.#pause(retryDelay({ ...this.#opts.retry, ...check.retryPolicy }, attempt - 1, this.#opts.random));
      if (this.#interrupted) break;
    }
    if (logLines.length) attachments.push({ name: 'log', value: logLines });
    return toResult(check, attempts, attachments, startedAt, Date.now());
  }

  async #attempt(
    check: PlannedCheck,
    attempt: number,
    timeoutMs: number,
    attachments: { name: string; value: unknown }[],
    logLines: string[],
  ): Promise<AttemptRecord> {
    const ac = new AbortController();
    this.#controllers.add(ac);
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    if (check.prepare) {
      // Starting a worker and loading the suite is not the check's time; an interrupt ends the wait.
      const interrupted = new Promise<'interrupted'>((resolve) => ac.signal.addEventListener('abort', () => resolve('interrupted'), { once: true }));
      const ready = await Promise.race([
        check.prepare(ac.signal).then(
          () => 'ready' as const,
          (err: unknown) => ({ error: `could not get ready: ${errorMessage(err)}` }),
        ),
        interrupted,
      ]);
      if (ready !== 'ready') this.#controllers.delete(ac);
      if (ready === 'interrupted') return { attempt, status: 'failed', durationMs: 0, error: 'interrupted', interrupted: true };
      if (ready !== 'ready') return { attempt, status: 'failed', durationMs: 0, error: ready.error };
    }
    const t0 = performance.now();
    const baseUrl = this.#opts.baseUrl ?? check.baseUrl;
    const baseEnv = this.#opts.env ?? process.env;
    const env = check.env ? { ...baseEnv, ...check.env } : baseEnv;
    const ctx: CheckContext = {
      id: check.id,
      attempt,
      baseUrl,
      env,
      signal: ac.signal,
      http: undefined as unknown as SmokeHttp,
      log: (...args: unknown[]) => {
        logLines.push(truncate(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' '), 1000));
      },
      attach: (name: string, value: unknown) => {
        attachments.push({ name, value: toJsonValue(value) });
      },
      ws: createWsClient({ baseUrl, signal: ac.signal, timeoutMs }),
      page: createPageClient({ baseUrl, signal: ac.signal, timeoutMs, browser: this.#opts.browser ?? noBrowser, attach: (name, value) => attachments.push({ name, value: toJsonValue(value) }) }),
    };
    try {
      ctx.http = this.#opts.http ? this.#opts.http({ check, baseUrl, signal: ac.signal, timeoutMs }) : this.#defaultHttp(baseUrl, ac.signal, timeoutMs);
      const body = Promise.resolve().then(() => check.run(ctx));
      // The body may ignore its signal; the attempt still ends on time. Its late rejection is dropped.
      body.catch(() => undefined);
      const stopped = new Promise<'timeout' | 'interrupted'>((resolve) => {
        timer = setTimeout(() => {
          ac.abort(new CheckTimeoutError(timeoutMs));
          resolve('timeout');
        }, timeoutMs);
        onAbort = () => resolve(ac.signal.reason instanceof InterruptError ? 'interrupted' : 'timeout');
        ac.signal.addEventListener('abort', onAbort, { once: true });
      });
      const outcome = await Promise.race([body.then((value) => ({ value })), stopped]);
      const durationMs = Math.round(performance.now() - t0);
      if (outcome === 'timeout') return { attempt, status: 'timedOut', durationMs, error: `timed out after ${timeoutMs} ms` };
      if (outcome === 'interrupted') return { attempt, status: 'failed', durationMs, error: 'interrupted', interrupted: true };
      const latency = latencyOf(outcome.value);
      const record: AttemptRecord = { attempt, status: 'passed', durationMs, latencyMs: latency ?? durationMs };
      const degraded = (outcome.value as CheckOutcome)?.degraded;
      if (typeof degraded === 'string' && degraded) record.degraded = truncate(degraded, 300);
      return record;
    } catch (err) {
      const durationMs = Math.round(performance.now() - t0);
      if (ac.signal.aborted && ac.signal.reason instanceof InterruptError) {
        return { attempt, status: 'failed', durationMs, error: 'interrupted', interrupted: true };
      }
      if (ac.signal.aborted && ac.signal.reason instanceof CheckTimeoutError) {
        return { attempt, status: 'timedOut', durationMs, error: `timed out after ${timeoutMs} ms` };
      }
      const record: AttemptRecord = { attempt, status: 'failed', durationMs, error: errorMessage(err) };
      const stack = err instanceof Error ? err.stack : undefined;
      if (stack) record.trace = cleanStack(stack).slice(0, MAX_TRACE);
      return record;
    } finally {
      if (timer) clearTimeout(timer);
      if (onAbort) ac.signal.removeEventListener('abort', onAbort);
      this.#controllers.delete(ac);
      // Anything the check left running on its signal is told to stop.
      if (!ac.signal.aborted) ac.abort(ATTEMPT_FINISHED);
    }
  }
}

const noBrowser = (): Promise<Browser> => Promise.reject(new Error('page checks need a browser: pass RunOptions.browser (smoke-run starts Chromium itself)'));

// One shared abort reason: building an Error (and its stack) for every finished attempt costs more
// than the rest of the bookkeeping of a trivial check.
const ATTEMPT_FINISHED = new Error('attempt finished');

class InterruptError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'AbortError';
  }
}
