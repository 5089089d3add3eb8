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
    }
  | { type: 'abort'; runId: number; name: string; message: string }
  | { type: 'load' }
  /** Answer to a `browser` request. */
  | { type: 'browser'; endpoint?: string; error?: string }
  | { type: 'drain'; maxMs: number };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready' }
  /** `ctx.page` needs the run's browser server endpoint. */
  | { type: 'browser' }
  /** The suite is loaded (or could not be: the next `run` reports why). */
  | { type: 'loaded' }
  | { type: 'log'; runId: number; line: string }
  | { type: 'attach'; runId: number; name: string; value: unknown }
  | { type: 'done'; runId: number; ok: true; value: unknown }
  | { type: 'done'; runId: number; ok: false; message: string; stack?: string; retire?: boolean }
  /** An uncaught error of a check that had already ended. */
  | { type: 'late'; id: string; message: string }
  | { type: 'drained' };
