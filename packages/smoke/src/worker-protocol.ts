// Messages between the runner (main thread) and a suite's check worker (check-worker.ts).

/** `workerData` of a check worker. */
export interface WorkerInit {
  /** Suite file, relative to `cwd`. */
  file: string;
  cwd: string;
}

/** Main thread → worker. */
export type ToWorker =
  | {
      type: 'run';
      runId: number;
      id: string;
      attempt: number;
      baseUrl: string | undefined;
      env: Record<string, string | undefined>;
      timeoutMs: number;
      /** playwright-core browser server of the run, for `ctx.page`. */
      browserEndpoint?: string;
    }
  | { type: 'abort'; runId: number; name: string; message: string }
  | { type: 'load' }
  | { type: 'drain'; maxMs: number };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  /** The suite is loaded (or could not be: the next `run` reports why). */
  | { type: 'loaded' }
  | { type: 'log'; runId: number; line: string }
  | { type: 'attach'; runId: number; name: string; value: unknown }
  | { type: 'done'; runId: number; ok: true; value: unknown }
  | { type: 'done'; runId: number; ok: false; message: string; stack?: string; retire?: boolean }
  /** An uncaught error of a check that had already ended. */
  | { type: 'late'; id: string; message: string }
  | { type: 'drained' };
