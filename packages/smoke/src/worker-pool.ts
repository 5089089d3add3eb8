import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckContext, CheckDefinition } from './model.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

/**
 * How long a check has, once its signal is aborted (timeout, Ctrl-C), to end on its own before
 * its worker is terminated. A check that listens to its signal ends well within it.
 */
export const ABORT_GRACE_MS = 250;
/** At the end of a run, how long workers wait for timers their checks left behind. */
export const DRAIN_MS = 500;

interface Slot {
  worker: Worker;
  file: string;
  busy: boolean;
  /** Set when the pool ends the worker on purpose: its exit is not the check's doing. */
  stopping: boolean;
  /** The suite has been loaded in it. */
  loaded: boolean;
  onLoaded?: () => void;
  onDone?: (m: FromWorker) => void;
  onExit?: (code: number) => void;
  onError?: (err: Error) => void;
}

let nextRunId = 1;

// From src/ (vitest) the worker is the built file: Node 20 cannot start a worker on a .ts file.
function workerEntry(): URL {
  const own = new URL('./check-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(own))) return own;
  return new URL('../dist/check-worker.js', import.meta.url);
}

/**
 * Runs the function checks of TS/JS suites in worker threads, one check at a time per worker
 * and as many workers per suite file as checks of it run at once. The main thread keeps its
 * event loop, so a timeout and Ctrl-C are enforced even on a check that never yields: when a
 * check has not ended {@link ABORT_GRACE_MS} after its signal was aborted, its worker is
 * terminated. `process.exit()`, uncaught exceptions and unhandled rejections inside a check fail
 * that check and never the run.
 *
 * @example
 * const pool = new WorkerPool(cwd, 30_000);
 * const checks = plan.checks.map((c) => pool.isolate(c));
 * try { await runPlan({ ...plan, checks }); } finally { await pool.close(); }
 */
export class WorkerPool {
  readonly #cwd: string;
  readonly #timeoutMs: number;
  readonly #slots = new Set<Slot>();
  readonly #late = new Map<string, string>();
  readonly #reserved = new Map<string, Slot>();
  /** The run's browser server endpoint, asked for when a check uses `ctx.page`. */
  browserEndpoint: (() => Promise<string>) | undefined;

  /** `timeoutMs`: the run's per-attempt timeout for checks that set none (`ctx.http`'s request timeout). */
  constructor(cwd: string, timeoutMs: number) {
    this.#cwd = cwd;
    this.#timeoutMs = timeoutMs;
  }

  /** Uncaught errors of checks that had already ended, by check id (first one kept). */
  get lateFailures(): ReadonlyMap<string, string> {
    return this.#late;
  }

  /** The same check, its function run in a worker; other kinds are returned unchanged. */
  isolate<C extends CheckDefinition>(check: C): C {
    if (check.kind !== 'function') return check;
    return {
      ...check,
      prepare: (signal: AbortSignal) => this.#prepare(check.id, check.file, signal),
      run: (ctx: CheckContext) => this.#run(check.id, check.file, check.timeoutMs ?? this.#timeoutMs, ctx),
    };
  }

  // A worker with the suite loaded, kept for the check's next run.
  async #prepare(id: string, file: string, signal: AbortSignal): Promise<void> {
    const slot = this.#acquire(file);
    slot.busy = true;
    this.#reserved.set(id, slot);
    if (slot.loaded) return;
    await new Promise<void>((resolve) => {
      slot.onLoaded = resolve;
      signal.addEventListener('abort', () => resolve(), { once: true });
      this.#post(slot, { type: 'load' });
    });
    slot.onLoaded = undefined;
  }

  #spawn(file: string): Slot {
    const init: WorkerInit = { file, cwd: this.#cwd };
    // stdout/stderr of a check stay the process's own (console.log in a check shows as before).
    const worker = new Worker(workerEntry(), { workerData: init });
    const slot: Slot = { worker, file, busy: false, stopping: false, loaded: false };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'late') {
        if (!this.#late.has(m.id)) this.#late.set(m.id, m.message);
      } else if (m.type === 'browser') {
        const ask = this.browserEndpoint ?? (() => Promise.reject(new Error('no browser for page checks in this run')));
        ask().then(
          (endpoint) => this.#post(slot, { type: 'browser', endpoint }),
          (err: unknown) => this.#post(slot, { type: 'browser', error: err instanceof Error ? err.message : String(err) }),
        );
      } else if (m.type === 'loaded') {
        slot.loaded = true;
        slot.onLoaded?.();
      } else slot.onDone?.(m);
    });
    worker.on('error', (err) => slot.onError?.(err));
    worker.on('exit', (code) => {
      this.#slots.delete(slot);
      slot.onLoaded?.();
      slot.onExit?.(code);
    });
    this.#slots.add(slot);
    return slot;
  }

  #acquire(file: string): Slot {
    for (const s of this.#slots) if (s.file === file && !s.busy && !s.stopping) return s;
    return this.#spawn(file);
  }

  #retire(slot: Slot): void {
    slot.stopping = true;
    this.#slots.delete(slot);
    void slot.worker.terminate();
  }

  async #run(id: string, file: string, timeoutMs: number, ctx: CheckContext): Promise<unknown> {
    const reserved = this.#reserved.get(id);
    this.#reserved.delete(id);
    const slot = reserved && !reserved.stopping ? reserved : this.#acquire(file);
    slot.busy = true;
    const runId = nextRunId++;
    return new Promise<unknown>((resolve, reject) => {
      let grace: NodeJS.Timeout | undefined;
      const settle = (fn: () => void) => {
        if (grace) clearTimeout(grace);
        ctx.signal.removeEventListener('abort', onAbort);
        slot.onDone = undefined;
        slot.onExit = undefined;
        slot.onError = undefined;
        slot.busy = false;
        fn();
      };
      const fail = (message: string, stack?: string) => {
        const err = new Error(message);
        err.stack = stack ?? '';
        settle(() => reject(err));
      };
      const onAbort = () => {
        const reason = ctx.signal.reason as { name?: unknown; message?: unknown } | undefined;
        const name = typeof reason?.name === 'string' ? reason.name : 'AbortError';
        const message = typeof reason?.message === 'string' ? reason.message : 'aborted';
        this.#post(slot, { type: 'abort', runId, name, message });
        // A check that never yields cannot hear its signal: its worker is ended.
        grace = setTimeout(() => {
          this.#retire(slot);
          fail(`${message}; the check did not stop and its worker was terminated`);
        }, ABORT_GRACE_MS);
        grace.unref();
      };
      slot.onDone = (m) => {
        if (m.type === 'log' && m.runId === runId) ctx.log(m.line);
        else if (m.type === 'attach' && m.runId === runId) ctx.attach(m.name, m.value);
        else if (m.type === 'done' && m.runId === runId) {
          if (m.ok) settle(() => resolve(m.value));
          else {
            if (m.retire) this.#retire(slot);
            fail(m.message, m.stack);
          }
        }
      };
      slot.onError = (err) => fail(`the check's worker failed: ${err.message}`, err.stack);
      slot.onExit = (code) => {
        if (slot.stopping) return;
        fail(`the check called process.exit(${code}) (a check ends by returning or throwing; the process was not ended)`);
      };
      if (ctx.signal.aborted) onAbort();
      else ctx.signal.addEventListener('abort', onAbort, { once: true });
      const msg: ToWorker = {
        type: 'run',
        runId,
        id: ctx.id,
        attempt: ctx.attempt,
        baseUrl: ctx.baseUrl,
        env: { ...ctx.env },
        timeoutMs,
      };
      this.#post(slot, msg);
    });
  }

  #post(slot: Slot, m: ToWorker): void {
    // A worker that is already gone has reported its exit; nothing to tell it.
    if (!slot.stopping) slot.worker.postMessage(m);
  }

  /**
   * Ends every worker: each first gets up to {@link DRAIN_MS} for timers its checks left behind
   * (so a late throw still fails its check), then is terminated.
   */
  async close(drainMs = DRAIN_MS): Promise<void> {
    const slots = [...this.#slots];
    await Promise.all(
      slots.map(async (slot) => {
        if (!slot.busy && drainMs > 0) {
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, drainMs + 200);
            slot.onDone = (m) => {
              if (m.type === 'drained') {
                clearTimeout(t);
                resolve();
              }
            };
            slot.onExit = () => {
              clearTimeout(t);
              resolve();
            };
            this.#post(slot, { type: 'drain', maxMs: drainMs });
          });
        }
        slot.stopping = true;
        await slot.worker.terminate();
      }),
    );
    this.#slots.clear();
  }
}
